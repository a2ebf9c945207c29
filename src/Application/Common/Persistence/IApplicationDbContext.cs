using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Files;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Notifications;
using CleanStudents.Domain.Students;
using CleanStudents.Domain.Subjects;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Persistence;

/// <summary>
/// The database as use cases see it: EF Core sets to query and change. Use cases write LINQ
/// that projects straight into DTOs; see docs/adr for why EF Core is allowed in Application.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Student> Students { get; }

    DbSet<Lecturer> Lecturers { get; }

    DbSet<Subject> Subjects { get; }

    DbSet<Class> Classes { get; }

    DbSet<Enrollment> Enrollments { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<NotificationRecipient> NotificationRecipients { get; }

    DbSet<LecturerNotificationRecipient> LecturerNotificationRecipients { get; }

    DbSet<StoredFile> Files { get; }

    /// <summary>The entity with this id, untracked, or null when there is none.</summary>
    Task<T?> FindUntrackedAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : Entity;

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
