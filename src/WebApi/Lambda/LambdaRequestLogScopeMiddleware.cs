namespace CleanStudents.WebApi.Lambda;

/// <summary>Puts the Lambda invocation's request id on every log line of the request, as CloudWatch shows it.</summary>
internal sealed class LambdaRequestLogScopeMiddleware(RequestDelegate next, ILogger<LambdaRequestLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (LambdaHeaders.RequestIdOf(context.Request) is not { } requestId)
        {
            await next(context);
            return;
        }

        using (logger.BeginScope(new Dictionary<string, object?> { ["AwsRequestId"] = requestId }))
        {
            await next(context);
        }
    }
}
