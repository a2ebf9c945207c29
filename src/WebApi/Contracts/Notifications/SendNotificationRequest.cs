using CleanStudents.Application.Notifications.Commands.SendNotification;

namespace CleanStudents.WebApi.Contracts.Notifications;

/// <summary>A message to a student, to everyone in a class, or to all students.</summary>
internal sealed record SendNotificationRequest(string Title, string Body, NotificationTargetRequest? Target)
    : IBodyOf<SendNotificationCommand>
{
    public SendNotificationCommand ToCommand() => new(Title, Body, Target is null ? null : new(Target.Type, Target.Id));
}

/// <param name="Type"><c>student</c>, <c>class</c> or <c>all</c>.</param>
/// <param name="Id">The student or class; absent for <c>all</c>.</param>
internal sealed record NotificationTargetRequest(string Type, Guid? Id = null);
