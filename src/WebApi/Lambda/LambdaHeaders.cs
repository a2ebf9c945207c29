using System.Text.Json;

namespace CleanStudents.WebApi.Lambda;

/// <summary>
/// What the Lambda Web Adapter tells the app in headers: <c>x-amzn-lambda-context</c> (the invocation's context
/// as JSON, with <c>request_id</c>) on every request, and <c>x-amzn-request-context</c> (the HTTP event's request
/// context as JSON; the literal <c>null</c> for pass-through events such as Cognito triggers).
/// </summary>
internal static class LambdaHeaders
{
    public const string LambdaContext = "x-amzn-lambda-context";
    public const string RequestContext = "x-amzn-request-context";

    /// <summary>The invocation's request id, when the app runs under the adapter.</summary>
    public static string? RequestIdOf(HttpRequest request)
    {
        if (request.Headers[LambdaContext] is not [{ Length: > 0 } json])
        {
            return null;
        }

        try
        {
            using var context = JsonDocument.Parse(json);
            return context.RootElement.ValueKind == JsonValueKind.Object
                   && context.RootElement.TryGetProperty("request_id", out var id) && id.ValueKind == JsonValueKind.String
                ? id.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Whether the request is an HTTP event (API Gateway, a function URL) rather than a pass-through event.</summary>
    public static bool HasHttpRequestContext(HttpRequest request) =>
        request.Headers.TryGetValue(RequestContext, out var values)
        && values.Any(v => !string.Equals(v?.Trim(), "null", StringComparison.Ordinal));
}
