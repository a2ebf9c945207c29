using System.Text;

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
}
