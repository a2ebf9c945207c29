namespace CleanStudents.Application.Notifications;

/// <summary>
/// A notification as one of its recipients sees it; <see cref="ReadAt"/> is null until they read it, and
/// <see cref="SenderName"/> is null for what the system sent by itself.
/// </summary>
public sealed record NotificationDto(long Id, string Title, string Body, DateTimeOffset SentAt, string? SenderName,
    DateTimeOffset? ReadAt);
