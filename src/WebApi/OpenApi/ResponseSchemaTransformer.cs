using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// The API writes every property of what it answers, null or not, so each is required in the
/// schema (computed ones such as <c>totalPages</c> included) and a generated client need not test for absence.
/// </summary>
internal sealed class ResponseSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = context.JsonTypeInfo.Type;
        if (context.JsonPropertyInfo is null && type.Namespace?.StartsWith("CleanStudents.Application", StringComparison.Ordinal) == true
            && schema.Properties is { Count: > 0 } properties)
        {
            schema.Required = new HashSet<string>(properties.Keys, StringComparer.Ordinal);
        }

        return Task.CompletedTask;
    }
}
