using CleanStudents.Application.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// INSERT … SELECT on the command's own connection and transaction: the database picks the
/// students, however many there are, and nothing is loaded into memory.
/// </summary>
internal sealed class SqlNotificationRecipients(ApplicationDbContext db) : INotificationRecipients
{
    public Task<int> AddAsync(long notificationId, NotificationTargetType target, Guid? targetId,
        CancellationToken cancellationToken) => target switch
    {
        NotificationTargetType.All => db.Database.ExecuteSqlAsync($"""
            INSERT INTO notification_recipients (notification_id, student_id)
            SELECT {notificationId}, id FROM students
            """, cancellationToken),
        NotificationTargetType.Class => db.Database.ExecuteSqlAsync($"""
            INSERT INTO notification_recipients (notification_id, student_id)
            SELECT {notificationId}, student_id FROM enrollments WHERE class_id = {targetId}
            """, cancellationToken),
        NotificationTargetType.Student => db.Database.ExecuteSqlAsync($"""
            INSERT INTO notification_recipients (notification_id, student_id)
            SELECT {notificationId}, id FROM students WHERE id = {targetId}
            """, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Every target type needs its recipients."),
    };
}
