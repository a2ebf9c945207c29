using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>Adds the HTTP headers a route reads or writes to its OpenAPI operation.</summary>
internal static class OperationHeaders
{
    public static void AddRequestHeader(this OpenApiOperation operation, string name, string description, string? pattern = null)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name,
            In = ParameterLocation.Header,
            Required = false,
            Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Pattern = pattern },
        });
    }

    /// <summary>Declares <paramref name="name"/> on each of the operation's responses with <paramref name="status"/>.</summary>
    public static void AddResponseHeader(this OpenApiOperation operation, int status, string name, string description,
        JsonSchemaType type = JsonSchemaType.String, string? format = null, bool required = true)
    {
        if (operation.Responses?.GetValueOrDefault(status.ToString(System.Globalization.CultureInfo.InvariantCulture))
            is not OpenApiResponse response)
        {
            return;
        }

        response.Headers ??= new Dictionary<string, IOpenApiHeader>();
        response.Headers[name] = new OpenApiHeader
        {
            Description = description,
            Required = required,
            Schema = new OpenApiSchema { Type = type, Format = format },
        };
    }
}
