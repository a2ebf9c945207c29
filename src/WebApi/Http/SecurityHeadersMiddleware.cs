using Microsoft.Net.Http.Headers;

namespace CleanStudents.WebApi.Http;

/// <summary>Headers every response carries, whatever produced it.</summary>
internal sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.Remove("Server");
            // An answer to a credentialed request is someone's personal data (grades, profiles):
            // no browser, proxy or CDN may keep it. Anonymous answers (health, OpenAPI) keep theirs.
            if (context.Request.Headers.ContainsKey(HeaderNames.Authorization) && !headers.ContainsKey(HeaderNames.CacheControl))
            {
                headers.CacheControl = "no-store";
            }

            return Task.CompletedTask;
        });
        return next(context);
    }
}
