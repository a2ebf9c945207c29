using System.Net;
using System.Text.Json.Nodes;
using CleanStudents.Application.Files.Commands.ConfirmUpload;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// S3's own notifications on the work queue (docs/adr/0207): object-created events, and the test event S3 sends
/// when the notification is configured. Their shape is S3's, not the app's <c>type</c>d messages.
/// </summary>
internal static class StorageEvents
{
    private const string TestEvent = "s3:TestEvent";
    private const string ObjectCreated = "ObjectCreated:";

    /// <summary>The upload consumer's request for an S3 notification, or null when the body is not one.</summary>
    public static ConfirmUploadCommand? Decode(JsonObject json, bool isLastAttempt)
    {
        if ((string?)json["Event"] == TestEvent)
        {
            return new ConfirmUploadCommand([], isLastAttempt);
        }

        if (json["Records"] is not JsonArray records || records.Count == 0)
        {
            return null;
        }

        var keys = new List<string>(records.Count);
        foreach (var record in records)
        {
            if (record is not JsonObject r || (string?)r["eventSource"] != "aws:s3"
                || (string?)r["eventName"] is not { } name || !name.StartsWith(ObjectCreated, StringComparison.Ordinal)
                || (string?)r["s3"]?["object"]?["key"] is not { } key)
            {
                return null;
            }

            // Keys arrive URL-encoded as in a form (a space is '+').
            keys.Add(WebUtility.UrlDecode(key));
        }

        return new ConfirmUploadCommand(keys, isLastAttempt);
    }
}
