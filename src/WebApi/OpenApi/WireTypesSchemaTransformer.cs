using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// Types the generator leaves open because the API writes them with converters of its own: enums
/// are strings (<c>JsonStringEnumConverter</c>), timestamps are UTC strings (<c>UtcTimestampJsonConverter</c>),
/// null where the property can be.
/// </summary>
internal sealed class WireTypesSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (schema.Type is not null)
        {
            return Task.CompletedTask;
        }

        var type = context.JsonPropertyInfo?.PropertyType ?? context.JsonTypeInfo.Type;
        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying ?? type).IsEnum && schema.Enum is { Count: > 0 })
        {
            schema.Type = JsonSchemaType.String;
        }
        else if (schema.Format == "date-time")
        {
            schema.Type = underlying is null ? JsonSchemaType.String : JsonSchemaType.String | JsonSchemaType.Null;
        }

        return Task.CompletedTask;
    }
}
