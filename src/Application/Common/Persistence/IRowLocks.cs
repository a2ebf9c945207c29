using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Application.Common.Persistence;

/// <summary>
/// Reads rows for change and locks them (<c>SELECT … FOR UPDATE</c>) until the command's
/// transaction ends, so that racing commands on the same seats queue instead of both passing
/// a check. Always lock classes before enrollments, and several classes in id order, so no
/// two commands wait on each other.
/// </summary>
public interface IRowLocks
{
    Task<Class?> ClassAsync(Guid classId, CancellationToken cancellationToken);

    /// <summary>The classes a student is enrolled in, in id order.</summary>
    Task<IReadOnlyList<Class>> ClassesOfStudentAsync(Guid studentId, CancellationToken cancellationToken);

    Task<Enrollment?> EnrollmentAsync(Guid classId, Guid studentId, CancellationToken cancellationToken);

    Task<IReadOnlyList<Enrollment>> EnrollmentsOfStudentAsync(Guid studentId, CancellationToken cancellationToken);
}
