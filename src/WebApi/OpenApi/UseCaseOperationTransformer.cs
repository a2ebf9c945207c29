using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// Documents each route from the use case it sends: who may call it (appended to its description)
/// and the rules of its query values (page bounds, search length, sort values, filter formats),
/// read from that use case's validators.
/// </summary>
internal sealed class UseCaseOperationTransformer : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<RunsUseCase>().FirstOrDefault() is not { } runs)
        {
            return Task.CompletedTask;
        }

        var access = AccessDescription.Of(runs.UseCase);
        operation.Description = string.IsNullOrEmpty(operation.Description) ? access : $"{operation.Description}\n\n{access}";

        var rules = ValidationRules.Of(runs.UseCase, context.ApplicationServices);
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
