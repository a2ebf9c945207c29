using System.Globalization;
using System.Text.Json.Nodes;
using CleanStudents.Infrastructure.Messaging;

namespace CleanStudents.WebApi.Lambda;

/// <summary>
/// The parts of an SQS event (the event source mapping's batch) the app reads: per record <c>messageId</c>,
/// <c>body</c> and <c>attributes.ApproximateReceiveCount</c>.
/// </summary>
internal static class SqsEvent
{
    private const string EventSource = "aws:sqs";

    /// <summary>The batch, or null when the event is not an SQS event (no records, or records of another source).</summary>
    public static IReadOnlyList<ReceivedMessage>? Read(JsonObject @event)
    {
        if (@event["Records"] is not JsonArray { Count: > 0 } records
            || !records.All(r => r is JsonObject o && Text(o["eventSource"]) == EventSource && Text(o["messageId"]) is not null))
        {
            return null;
        }

        return records.Select(r => new ReceivedMessage(Text(r!["messageId"])!, Text(r["body"]) ?? string.Empty,
            int.TryParse(Text(r["attributes"]?["ApproximateReceiveCount"]), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                ? count
                : 1)).ToList();
    }

    /// <summary>The answer <c>ReportBatchItemFailures</c> expects: the records to deliver again.</summary>
    public static JsonObject Failures(IEnumerable<string> messageIds) => new()
    {
        ["batchItemFailures"] = new JsonArray([.. messageIds.Select(id => (JsonNode)new JsonObject { ["itemIdentifier"] = id })]),
    };

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
