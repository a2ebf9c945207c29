using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Enrollments.Queries.GetClassRoster;

internal sealed class GetClassRosterQueryHandler(IApplicationDbContext db)
    : IQueryHandler<GetClassRosterQuery, IReadOnlyList<EnrollmentDto>>
{
    public async ValueTask<Result<IReadOnlyList<EnrollmentDto>>> Handle(GetClassRosterQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Classes.AnyAsync(c => c.Id == query.ClassId, cancellationToken))
        {
            return Error.NotFound("Class", query.ClassId);
        }

        return await db.Enrollments.AsNoTracking().Where(e => e.ClassId == query.ClassId).ToDtos(db)
            .ToListAsync(cancellationToken);
    }
}
