using CleanStudents.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Security;

/// <summary>
/// The records the signed-in user is linked to, looked up once per request and reused by
/// authorization and by use cases that act on "my" data.
/// </summary>
public interface ICallerLinks
{
    Task<Guid?> StudentIdAsync(CancellationToken cancellationToken);

    Task<Guid?> LecturerIdAsync(CancellationToken cancellationToken);

    /// <summary>Whether the caller is the lecturer of the class (false when the class does not exist).</summary>
    Task<bool> TeachesClassAsync(Guid classId, CancellationToken cancellationToken);

    /// <summary>Whether the caller is a student enrolled in the class (false when the class does not exist).</summary>
    Task<bool> AttendsClassAsync(Guid classId, CancellationToken cancellationToken);
}

internal sealed class CallerLinks(ICurrentUser user, IApplicationDbContext db) : ICallerLinks
{
    private Task<Guid?>? _studentId;
    private Task<Guid?>? _lecturerId;

    public Task<Guid?> StudentIdAsync(CancellationToken cancellationToken) =>
        _studentId ??= user.UserId is { } userId
            ? db.Students.AsNoTracking().Where(s => s.UserId == userId).Select(s => (Guid?)s.Id)
                .FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<Guid?>(null);

    public Task<Guid?> LecturerIdAsync(CancellationToken cancellationToken) =>
        _lecturerId ??= user.UserId is { } userId
            ? db.Lecturers.AsNoTracking().Where(l => l.UserId == userId).Select(l => (Guid?)l.Id)
                .FirstOrDefaultAsync(cancellationToken)
            : Task.FromResult<Guid?>(null);

    public async Task<bool> TeachesClassAsync(Guid classId, CancellationToken cancellationToken) =>
        await LecturerIdAsync(cancellationToken) is { } lecturerId
        && await db.Classes.AsNoTracking().AnyAsync(c => c.Id == classId && c.LecturerId == lecturerId, cancellationToken);

    public async Task<bool> AttendsClassAsync(Guid classId, CancellationToken cancellationToken) =>
        await StudentIdAsync(cancellationToken) is { } studentId
        && await db.Enrollments.AsNoTracking().AnyAsync(e => e.ClassId == classId && e.StudentId == studentId, cancellationToken);
}
