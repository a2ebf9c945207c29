using CleanStudents.Application.Common.Security;

namespace CleanStudents.WebApi.Logging;

/// <summary>Adds the caller's subject (never their token) to every log line of the request.</summary>
internal sealed class UserLogScopeMiddleware(RequestDelegate next, ILogger<UserLogScopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context, ICurrentUser user)
    {
        using (logger.BeginScope("UserSub:{UserSub}", user.UserId))
        {
            await next(context);
        }
    }
}
