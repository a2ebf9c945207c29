using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Subjects.Queries.GetSubject;

internal sealed class GetSubjectQueryHandler(IApplicationDbContext db) : IQueryHandler<GetSubjectQuery, Versioned<SubjectDto>>
{
    public async ValueTask<Result<Versioned<SubjectDto>>> Handle(GetSubjectQuery query, CancellationToken cancellationToken) =>
        (await db.FindToReadAsync<Subject>(query.Id, "Subject", cancellationToken)).ToVersioned(SubjectDto.From);
}
