using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Notifications.Commands.DeliverSystemNotification;

/// <summary>
/// The system-notification consumer: writes the notification a <see cref="SystemNotificationMessage"/> asks for, at most
/// once however often the queue delivers it. Sent by the queue, never over HTTP.
/// </summary>
[AllowAnonymous]
public sealed record DeliverSystemNotificationCommand(SystemNotificationMessage Message, bool IsLastAttempt) : IConsumerRequest;
