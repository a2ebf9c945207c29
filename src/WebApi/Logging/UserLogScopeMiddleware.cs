using CleanStudents.Application.Common.Security;

namespace CleanStudents.WebApi.Logging;

/// <summary>Adds the caller's subject (never their token) to every log line of the request.</summary>
internal sealed class UserLogScopeMiddleware(RequestDelegate next, ILogger<UserLogScopeMiddleware> logger)
{
    // Only the HttpContext in the signature: services in it make UseMiddleware compile an expression at start-up.
    public async Task InvokeAsync(HttpContext context)
    {
        using (logger.BeginScope("UserSub:{UserSub}", context.RequestServices.GetRequiredService<ICurrentUser>().UserId))
        {
            await next(context);
        }
    }
}
