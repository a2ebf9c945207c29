using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Classes.Queries.GetClass;

internal sealed class GetClassQueryHandler(IApplicationDbContext db) : IQueryHandler<GetClassQuery, Versioned<ClassDto>>
{
    public async ValueTask<Result<Versioned<ClassDto>>> Handle(GetClassQuery query, CancellationToken cancellationToken) =>
        await db.FindDtoAsync(query.Id, cancellationToken) is { } found ? found : Error.NotFound("Class", query.Id);
}
