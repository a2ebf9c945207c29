namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// The OpenAPI document and Swagger UI. API Gateway routes only <c>/api/*</c> and <c>/health/*</c> to
/// the function, so on Lambda neither could be reached: they are mapped where they can be
/// (Kestrel locally, the tests), which spares every cold start the UI middleware's set-up.
/// <c>OpenApi:Serve</c> overrides the default.
/// </summary>
internal static class ApiDocumentEndpoints
{
    public static void MapApiDocument(this WebApplication app)
    {
        var onLambda = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME"));
        if (!app.Configuration.GetValue("OpenApi:Serve", defaultValue: !onLambda))
        {
            return;
        }

        app.MapOpenApi();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/openapi/v1.json", "CleanStudents v1");
            options.RoutePrefix = "swagger";
            // Paste a token once and keep it across reloads; links point at one operation; bodies are editable at once.
            options.EnablePersistAuthorization();
            options.EnableDeepLinking();
            options.EnableTryItOutByDefault();
            options.DisplayRequestDuration();
        });
    }
}
