using CleanStudents.Application.Notifications.Commands.SendNotification;

namespace CleanStudents.WebApi.Contracts.Notifications;

/// <summary>A message to a student, to everyone in a class, or to all students.</summary>
internal sealed record SendNotificationRequest(string Title, string Body, NotificationTargetRequest? Target)
    : IBodyOf<SendNotificationCommand, SendNotificationRequest>
{
    /// <remarks>The class's id is a placeholder: use one that <c>POST /api/classes</c> returned.</remarks>
    public static SendNotificationRequest Example { get; } = new("Room change",
        "Monday's lecture moves to room B-204.", new("class", new Guid("0198c2a4-7b1e-7c3d-9f00-00000000c1a5")));

    public SendNotificationCommand ToCommand() => new(Title, Body, Target is null ? null : new(Target.Type, Target.Id));
}

/// <param name="Type"><c>student</c>, <c>class</c> or <c>all</c>.</param>
/// <param name="Id">The student or class; absent for <c>all</c>.</param>
internal sealed record NotificationTargetRequest(string Type, Guid? Id = null);
