using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Notifications.Commands.SendNotification;

/// <summary>
/// Sends a notification. Admins may reach anyone; a lecturer only the classes they teach and the
/// students enrolled in them (checked by the handler, as it depends on the target).
/// </summary>
[Authorize(Role.Admin, Role.Lecturer)]
public sealed record SendNotificationCommand(string Title, string Body, NotificationTarget? Target)
    : ICommand<SentNotificationDto>;

/// <param name="Type"><c>student</c>, <c>class</c> or <c>all</c>.</param>
/// <param name="Id">The student or class; must be absent for <c>all</c>.</param>
public sealed record NotificationTarget(string? Type, Guid? Id)
{
    /// <summary>The parsed <see cref="Type"/>; null when it is not one of the known names.</summary>
    internal NotificationTargetType? Kind =>
        Type is not null && NotificationTargetTypes.ByName.TryGetValue(Type, out var kind) ? kind : null;
}

public sealed record SentNotificationDto(long Id, int RecipientCount);
