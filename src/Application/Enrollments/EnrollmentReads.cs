using CleanStudents.Application.Common.Persistence;
using CleanStudents.Domain.Enrollments;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Enrollments;

internal static class EnrollmentReads
{
    /// <summary>
    /// Enrollments with their students' numbers and names, in one SQL query (a join), ordered by
    /// student name, then when they enrolled.
    /// </summary>
    public static IQueryable<EnrollmentDto> ToDtos(this IQueryable<Enrollment> enrollments, IApplicationDbContext db) =>
        enrollments
            .Join(db.Students, e => e.StudentId, s => s.Id, (e, s) => new { Enrollment = e, Student = s })
            .OrderBy(x => x.Student.LastName).ThenBy(x => x.Student.FirstName).ThenBy(x => x.Student.Id)
            .ThenBy(x => x.Enrollment.EnrolledAt).ThenBy(x => x.Enrollment.ClassId)
            .Select(x => EnrollmentDto.Of(x.Enrollment.ClassId, x.Enrollment.StudentId, x.Student.StudentNumber,
                x.Student.FirstName + " " + x.Student.LastName, x.Enrollment.EnrolledAt, x.Enrollment.Score));

    public static Task<EnrollmentDto> GetDtoAsync(this IApplicationDbContext db, Guid classId, Guid studentId,
        CancellationToken cancellationToken) =>
        db.Enrollments.AsNoTracking().Where(e => e.ClassId == classId && e.StudentId == studentId).ToDtos(db)
            .SingleAsync(cancellationToken);
}
