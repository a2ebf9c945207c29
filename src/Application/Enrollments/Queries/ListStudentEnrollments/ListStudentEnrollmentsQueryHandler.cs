using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Enrollments.Queries.ListStudentEnrollments;

internal sealed class ListStudentEnrollmentsQueryHandler(IApplicationDbContext db)
    : IQueryHandler<ListStudentEnrollmentsQuery, IReadOnlyList<EnrollmentDto>>
{
    public async ValueTask<Result<IReadOnlyList<EnrollmentDto>>> Handle(ListStudentEnrollmentsQuery query,
        CancellationToken cancellationToken)
    {
        if (!await db.Students.AnyAsync(s => s.Id == query.StudentId, cancellationToken))
        {
            return Error.NotFound("Student", query.StudentId);
        }

        return await db.Enrollments.AsNoTracking().Where(e => e.StudentId == query.StudentId).ToDtos(db)
            .ToListAsync(cancellationToken);
    }
}
