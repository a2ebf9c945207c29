using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Files;
using CleanStudents.Application.Files.Commands.RemoveStoredObjects;
using CleanStudents.Application.Invitations.Commands.DeliverInvitation;
using CleanStudents.Application.Notifications;
using CleanStudents.Application.Notifications.Commands.DeliverSystemNotification;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// Queued messages on the wire: a JSON object whose <c>type</c> names the message. Each type maps to the consumer use
/// case that handles it. S3's notifications share the queue in a shape of their own (<see cref="StorageEvents"/>).
/// </summary>
internal static class MessageCodec
{
    private const string Invitation = "invitation";
    private const string Notification = "notification";
    private const string ObjectsRemoval = "objects-removal";

    public static string Encode(QueuedMessage message) => message switch
    {
        InvitationMessage m => new JsonObject
        {
            ["type"] = Invitation,
            ["kind"] = m.Kind.ToString(),
            ["recordId"] = m.RecordId,
        }.ToJsonString(),
        SystemNotificationMessage m => new JsonObject
        {
            ["type"] = Notification,
            ["key"] = m.Key,
            ["notice"] = m.Notice.ToString(),
            ["classId"] = m.ClassId,
            ["studentId"] = m.StudentId,
            ["lecturerId"] = m.LecturerId,
            ["score"] = m.Score,
        }.ToJsonString(),
        StoredObjectsRemovalMessage m => new JsonObject
        {
            ["type"] = ObjectsRemoval,
            ["keys"] = new JsonArray([.. m.Keys.Select(k => JsonValue.Create(k))]),
        }.ToJsonString(),
        _ => throw new ArgumentOutOfRangeException(nameof(message), message.GetType().Name, "Every queued message needs an encoding."),
    };

    /// <summary>The consumer request for a message body, or null when the body is not a message this app sends.</summary>
    public static IConsumerRequest? Decode(string body, bool isLastAttempt)
    {
        try
        {
            return JsonNode.Parse(body) is JsonObject json ? Decode(json, isLastAttempt) ?? StorageEvents.Decode(json, isLastAttempt) : null;
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException)
        {
            return null;
        }
    }

    private static IConsumerRequest? Decode(JsonObject json, bool isLastAttempt) => (string?)json["type"] switch
    {
        Invitation when Enum.TryParse<InviteeKind>((string?)json["kind"], out var kind) && Enum.IsDefined(kind)
                      && json["recordId"] is { } id =>
            new DeliverInvitationCommand(kind, id.GetValue<Guid>(), isLastAttempt),
        Notification when Enum.TryParse<SystemNotice>((string?)json["notice"], out var notice) && Enum.IsDefined(notice)
                          && json["key"] is { } key && json["classId"] is { } classId && json["studentId"] is { } studentId
                          && (notice != SystemNotice.ScoreSet || json["score"] is not null) =>
            new DeliverSystemNotificationCommand(new SystemNotificationMessage(key.GetValue<Guid>(), notice, classId.GetValue<Guid>(),
                studentId.GetValue<Guid>(), json["lecturerId"]?.GetValue<Guid>(), json["score"]?.GetValue<decimal>()), isLastAttempt),
        ObjectsRemoval when json["keys"] is JsonArray keys =>
            new RemoveStoredObjectsCommand([.. keys.Select(k => k!.GetValue<string>())], isLastAttempt),
        _ => null,
    };
}
