using CleanStudents.WebApi.Errors;
using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Security;

/// <summary>
/// Refuses (403) requests that did not come through CloudFront, which adds the secret <c>X-Origin-Verify</c>
/// header. WAF cannot attach to an HTTP API, so the app checks. Lambda's own calls are exempt: the adapter's
/// readiness probe (<c>/health/live</c>) and pass-through events (<c>/events</c>).
/// </summary>
internal sealed class OriginVerifyMiddleware(RequestDelegate next, OriginSecret secret,
    IOptions<OriginVerifyOptions> options, ILogger<OriginVerifyMiddleware> logger)
{
    public const string HeaderName = "X-Origin-Verify";

    private static readonly PathString[] ExemptPaths = ["/events", "/health/live"];

    public async Task InvokeAsync(HttpContext context)
    {
        if (!options.Value.Enabled || ExemptPaths.Contains(context.Request.Path)
            || (context.Request.Headers[HeaderName] is [{ } presented] && await secret.AcceptsAsync(presented, context.RequestAborted)))
        {
            await next(context);
            return;
        }

        logger.LogInformation("Refused a request without a valid {Header} header", HeaderName);
        await ProblemResponses.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden",
            "Call the API through its CloudFront address.");
    }
}
