using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// The problem bodies as the API writes them (<see cref="Errors.ProblemResponses"/>): type, title,
/// status, instance and traceId always, detail mostly, and for validation failures the errors map.
/// </summary>
internal sealed class ProblemSchemaTransformer : IOpenApiSchemaTransformer
{
    private static readonly string[] AlwaysWritten = ["type", "title", "status", "instance", "traceId"];

    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is not null || !typeof(ProblemDetails).IsAssignableFrom(context.JsonTypeInfo.Type)
            || schema.Properties is null)
        {
            return Task.CompletedTask;
        }

        schema.Properties["traceId"] = new OpenApiSchema { Type = JsonSchemaType.String, Description = "The W3C trace id of the request, for support." };
        schema.Required = new HashSet<string>(AlwaysWritten, StringComparer.Ordinal);
        if (schema.Properties.ContainsKey("errors"))
        {
            schema.Required.Add("errors");
        }

        foreach (var name in AlwaysWritten.Where(name => schema.Properties[name] is OpenApiSchema))
        {
            ((OpenApiSchema)schema.Properties[name]).Type &= ~JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }
}
