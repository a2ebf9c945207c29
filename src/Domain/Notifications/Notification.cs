namespace CleanStudents.Domain.Notifications;

/// <summary>
/// A message sent once to a set of students (or, from the system itself, to one lecturer), each of whom reads it in
/// their own time.
/// </summary>
public sealed class Notification
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    private readonly List<NotificationRecipient> _recipients = [];
    private readonly List<LecturerNotificationRecipient> _lecturerRecipients = [];

    private Notification(string title, string body, DateTimeOffset sentAt, string? senderUserId, string? senderName)
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
    /// <summary>Who sent it; null for what the system sends by itself.</summary>
    public string? SenderUserId { get; private init; }
    public string? SenderName { get; private init; }

    /// <summary>For system notifications, the queued message that asked for it: a redelivery finds it and adds none.</summary>
    public Guid? MessageKey { get; private init; }

    public IReadOnlyCollection<NotificationRecipient> Recipients => _recipients;
    public IReadOnlyCollection<LecturerNotificationRecipient> LecturerRecipients => _lecturerRecipients;

    public static Notification Send(string title, string body, DateTimeOffset sentAt, string senderUserId,
        string senderName, IEnumerable<Guid> studentIds)
    {
        var notification = Compose(title, body, sentAt, senderUserId, senderName);
        notification._recipients.AddRange(studentIds.Distinct().Select(id => new NotificationRecipient(id)));
        return notification;
    }

    /// <summary>What the system tells one student or one lecturer by itself (no sender), once per message.</summary>
    public static Notification FromSystem(Guid messageKey, string title, string body, DateTimeOffset sentAt,
        Guid? studentId, Guid? lecturerId)
    {
        var notification = new Notification(title, body, sentAt, null, null) { MessageKey = messageKey };
        if (studentId is { } student)
        {
            notification._recipients.Add(new NotificationRecipient(student));
        }

        if (lecturerId is { } lecturer)
        {
            notification._lecturerRecipients.Add(new LecturerNotificationRecipient(lecturer));
        }

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

/// <summary>One recipient's copy of a notification: whether and when they read it.</summary>
public abstract class NotificationReceipt
{
    public long NotificationId { get; private init; }
    public DateTimeOffset? ReadAt { get; private set; }

    /// <summary>Marks it read; the first reading time is kept.</summary>
    public void MarkRead(DateTimeOffset at) => ReadAt ??= at;
}

public sealed class NotificationRecipient : NotificationReceipt
{
    internal NotificationRecipient(Guid studentId) => StudentId = studentId;

    public Guid StudentId { get; private init; }
}

/// <summary>A lecturer a system notification went to (a student enrolled in or withdrew from their class).</summary>
public sealed class LecturerNotificationRecipient : NotificationReceipt
{
    internal LecturerNotificationRecipient(Guid lecturerId) => LecturerId = lecturerId;

    public Guid LecturerId { get; private init; }
}
