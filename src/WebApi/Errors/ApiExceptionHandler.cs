using System.Data.Common;
using Microsoft.AspNetCore.Diagnostics;

namespace CleanStudents.WebApi.Errors;

/// <summary>
/// Turns exceptions into problem responses: malformed requests keep their 4xx status, an
/// unreachable database becomes 503 with <c>Retry-After</c>, and only real bugs become 500.
/// </summary>
internal sealed class ApiExceptionHandler(ILogger<ApiExceptionHandler> logger) : IExceptionHandler
{
    private const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception,
        CancellationToken cancellationToken)
    {
        if (httpContext.Response.HasStarted)
        {
            return false;
        }

        switch (exception)
        {
            case BadHttpRequestException bad:
                await ProblemResponses.WriteAsync(httpContext, bad.StatusCode, "Bad request", DescribeBadRequest(bad), FieldOf(bad));
                return true;
            case OperationCanceledException when httpContext.RequestAborted.IsCancellationRequested:
                // The client went away; there is nobody to answer.
                httpContext.Response.StatusCode = 499;
                return true;
            case var _ when IsDatabaseUnavailable(exception):
                logger.LogWarning(exception, "Database unavailable");
                httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ProblemResponses.WriteAsync(httpContext, StatusCodes.Status503ServiceUnavailable,
                    "Service unavailable", "The database is unavailable. Retry shortly.");
                return true;
            default:
                logger.LogError(exception, "Unhandled exception");
                await ProblemResponses.WriteAsync(httpContext, StatusCodes.Status500InternalServerError,
                    "Internal server error", "An unexpected error occurred.");
                return true;
        }
    }

    private static string DescribeBadRequest(BadHttpRequestException exception) => exception.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The request body is larger than the 1 MiB limit.",
        StatusCodes.Status415UnsupportedMediaType => "Send the body as application/json.",
        _ => exception.InnerException is System.Text.Json.JsonException json
            ? $"The request body is not valid JSON for this operation (at {json.Path ?? "$"})."
            : BindingFailures.Describe(exception),
    };

    /// <summary>The body field whose JSON value has the wrong type (<c>$.target.type</c> → <c>target.type</c>), named like a validation failure.</summary>
    private static Dictionary<string, string[]>? FieldOf(BadHttpRequestException exception) =>
        exception.InnerException is System.Text.Json.JsonException { Path: ['$', '.', .. var field] }
            ? new() { [field] = [$"'{field}' does not hold a value of the type the API documents for it."] }
            : null;

    private static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } or TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
