using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// Writes the rules of the query a route builds (page bounds, search length, sort values, filter
/// formats) onto its query parameters, read from that query's validators.
/// </summary>
internal sealed class QueryParameterRulesTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryValidatedAs>().FirstOrDefault() is not { } query)
        {
            return Task.CompletedTask;
        }

        var rules = ValidationRules.Of(query.Query, context.ApplicationServices);
        foreach (var parameter in (operation.Parameters ?? []).OfType<OpenApiParameter>().Where(p => p.In == ParameterLocation.Query))
        {
            if (parameter.Schema is OpenApiSchema schema)
            {
                rules.Describe(parameter.Name!, schema);
            }
        }

        return Task.CompletedTask;
    }
}
