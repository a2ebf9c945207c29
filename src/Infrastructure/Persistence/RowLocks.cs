using CleanStudents.Application.Common.Persistence;
using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Enrollments;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// <c>SELECT … FOR UPDATE</c> through EF Core, so the locked rows come back tracked for the
/// change. <c>*</c> leaves out system columns: xmin, the version, is selected by name.
/// The SQL is not composed further (a lock belongs to the outermost query).
/// </summary>
internal sealed class RowLocks(ApplicationDbContext db) : IRowLocks
{
    public async Task<Class?> ClassAsync(Guid classId, CancellationToken cancellationToken) =>
        (await db.Classes.FromSql($"SELECT *, xmin FROM classes WHERE id = {classId} FOR UPDATE")
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Class>> ClassesOfStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        await db.Classes.FromSql($"""
            SELECT *, xmin FROM classes
            WHERE id IN (SELECT class_id FROM enrollments WHERE student_id = {studentId})
            ORDER BY id FOR UPDATE
            """).ToListAsync(cancellationToken);

    public async Task<Enrollment?> EnrollmentAsync(Guid classId, Guid studentId, CancellationToken cancellationToken) =>
        (await db.Enrollments.FromSql(
                $"SELECT * FROM enrollments WHERE class_id = {classId} AND student_id = {studentId} FOR UPDATE")
            .ToListAsync(cancellationToken)).SingleOrDefault();

    public async Task<IReadOnlyList<Enrollment>> EnrollmentsOfStudentAsync(Guid studentId,
        CancellationToken cancellationToken) =>
        await db.Enrollments.FromSql($"SELECT * FROM enrollments WHERE student_id = {studentId} ORDER BY class_id FOR UPDATE")
            .ToListAsync(cancellationToken);
}
