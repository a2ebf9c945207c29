using CleanStudents.Application.Common.Messaging;

namespace CleanStudents.Application.Notifications;

/// <summary>What happened that the system tells someone about by itself (API.md, "Notification").</summary>
public enum SystemNotice
{
    /// <summary>A student enrolled in a class: its lecturer is told.</summary>
    Enrolled,

    /// <summary>A student withdrew from a class: its lecturer is told.</summary>
    Withdrew,

    /// <summary>A student's score was set or changed: the student is told.</summary>
    ScoreSet,
}

/// <summary>
/// Asks the consumer to notify, once, the lecturer or the student of <see cref="SystemNotice"/>. Written by the command
/// that made the change, in its transaction; <paramref name="Key"/> makes every delivery after the first a no-op.
/// </summary>
/// <param name="LecturerId">The class's lecturer when the change happened (enrollment notices).</param>
/// <param name="Score">The score that was set (score notices).</param>
public sealed record SystemNotificationMessage(Guid Key, SystemNotice Notice, Guid ClassId, Guid StudentId, Guid? LecturerId,
    decimal? Score) : QueuedMessage;
