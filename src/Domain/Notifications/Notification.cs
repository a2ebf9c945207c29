namespace CleanStudents.Domain.Notifications;

/// <summary>A message sent once to a set of students, each of whom reads it in their own time.</summary>
public sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    private readonly List<NotificationRecipient> _recipients = [];

    private Notification(string title, string body, DateTimeOffset sentAt, string senderUserId, string senderName)
    {
        Title = title;
        Body = body;
        SentAt = sentAt;
        SenderUserId = senderUserId;
        SenderName = senderName;
    }

    public long Id { get; private init; }
    public string Title { get; private init; }
    public string Body { get; private init; }
    public DateTimeOffset SentAt { get; private init; }
    public string SenderUserId { get; private init; }
    public string SenderName { get; private init; }
    public IReadOnlyCollection<NotificationRecipient> Recipients => _recipients;

    public static Notification Send(string title, string body, DateTimeOffset sentAt, string senderUserId,
        string senderName, IEnumerable<Guid> studentIds)
    {
        var notification = Compose(title, body, sentAt, senderUserId, senderName);
        notification._recipients.AddRange(studentIds.Distinct().Select(id => new NotificationRecipient(id)));
        return notification;
    }

    /// <summary>
    /// A notification whose recipients the database adds in one set-based statement once it is
    /// saved: sending to a whole class or school must not load every student first.
    /// </summary>
    public static Notification Compose(string title, string body, DateTimeOffset sentAt, string senderUserId,
        string senderName) =>
        new(title.Trim(), body.Trim(), sentAt, senderUserId, senderName);
}

public sealed class NotificationRecipient
{
    internal NotificationRecipient(Guid studentId) => StudentId = studentId;

    public long NotificationId { get; private init; }
    public Guid StudentId { get; private init; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Marks it read; the first reading time is kept.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}
