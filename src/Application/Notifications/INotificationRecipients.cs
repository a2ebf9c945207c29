namespace CleanStudents.Application.Notifications;

/// <summary>
/// Adds the recipients of a saved notification in one set-based statement, so that sending to a
/// class or to every student never loads the students into memory.
/// </summary>
public interface INotificationRecipients
{
    /// <param name="targetId">The student or class; ignored for <see cref="NotificationTargetType.All"/>.</param>
    /// <returns>How many students received the notification.</returns>
    Task<int> AddAsync(long notificationId, NotificationTargetType target, Guid? targetId,
        CancellationToken cancellationToken);
}
