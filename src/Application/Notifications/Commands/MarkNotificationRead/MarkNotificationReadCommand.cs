using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Notifications.Commands.MarkNotificationRead;

/// <summary>
/// Marks one of the caller's notifications read. Any signed-in user may ask; whoever is not a
/// recipient gets 404, exactly as for a notification that does not exist, so ids leak nothing.
/// </summary>
[Authorize]
public sealed record MarkNotificationReadCommand(long NotificationId) : ICommand<Unit>;
