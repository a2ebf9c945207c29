using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Requests as the Lambda Web Adapter makes them for pass-through invocations.</summary>
internal static class AdapterRequests
{
    /// <summary>POST /events with the event as body, a null request context and the invocation's context.</summary>
    public static HttpRequestMessage PassThrough(string eventJson, string? requestId = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/events")
        {
            Content = new StringContent(eventJson, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("x-amzn-request-context", "null");
        request.Headers.Add("x-amzn-lambda-context", $$"""{"request_id":"{{requestId ?? Guid.NewGuid().ToString()}}","deadline":0}""");
        return request;
    }

    /// <summary>One record of an SQS batch as the event source mapping delivers it to POST /events.</summary>
    public static JsonObject SqsRecord(string messageId, string body, int receiveCount) => new()
    {
        ["messageId"] = messageId,
        ["receiptHandle"] = $"handle-{messageId}",
        ["body"] = body,
        ["attributes"] = new JsonObject { ["ApproximateReceiveCount"] = receiveCount.ToString(CultureInfo.InvariantCulture) },
        ["eventSource"] = "aws:sqs",
        ["eventSourceARN"] = "arn:aws:sqs:us-east-1:123456789012:cleanstudents-work",
    };
}
