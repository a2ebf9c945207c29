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
            return Task.CompletedTask;
        });
        return next(context);
    }
}
