using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CleanStudents.WebApi.Contracts;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>
/// Makes each request body's schema say what the server does with it: a field is required when the
/// server refuses the body without it (its type cannot be null, or a rule demands it) and otherwise
/// optional, where null and absent mean the same; every rule of the use case's validators
/// (lengths, patterns, ranges, formats, allowed values) appears on its field, nested ones included;
/// and the body's own example is shown.
/// </summary>
internal sealed class RequestBodySchemaTransformer : IOpenApiSchemaTransformer
{
    private const string NullableReferenceMark = "x-is-nullable-property";

    // The Lambda artifact trims only the framework (ADR 0017); request bodies are this assembly's records, kept whole.
    private const string BodiesAreOurs = "Request bodies are types of this assembly, which trimming keeps whole.";

    [UnconditionalSuppressMessage("Trimming", "IL2075", Justification = BodiesAreOurs)]
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonPropertyInfo is null && UseCaseOf(context.JsonTypeInfo.Type) is { } useCase)
        {
            Describe(schema, context.JsonTypeInfo, ValidationRules.Of(useCase, context.ApplicationServices), prefix: "");
            var example = context.JsonTypeInfo.Type.GetProperty("Example", BindingFlags.Public | BindingFlags.Static);
            schema.Examples = [JsonSerializer.SerializeToNode(example!.GetValue(null), context.JsonTypeInfo)!];
        }

        return Task.CompletedTask;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2070", Justification = BodiesAreOurs)]
    private static Type? UseCaseOf(Type body) =>
        body.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IBodyOf<,>))
            ?.GetGenericArguments()[0];

    private static void Describe(OpenApiSchema schema, JsonTypeInfo type, ValidationRules rules, string prefix)
    {
        schema.Required ??= new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in type.Properties)
        {
            if (schema.Properties is null || !schema.Properties.TryGetValue(property.Name, out var found) || found is not OpenApiSchema field)
            {
                continue;
            }

            var member = prefix + property.Name;
            if (IsNullable(property) && !rules.Requires(member))
            {
                schema.Required.Remove(property.Name);
                field.Type |= field.Type is null ? null : JsonSchemaType.Null;
            }
            else
            {
                schema.Required.Add(property.Name);
                field.Type &= ~JsonSchemaType.Null;
                // The generator later writes a nullable reference as oneOf [null, $ref]; a required one is the $ref alone.
                field.Metadata?.Remove(NullableReferenceMark);
            }

            rules.Describe(member, field);
            if (field.Properties is { Count: > 0 })
            {
                Describe(field, type.Options.GetTypeInfo(Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType),
                    rules, member + ".");
            }
        }
    }

    private static bool IsNullable(JsonPropertyInfo property) =>
        property.PropertyType.IsValueType ? Nullable.GetUnderlyingType(property.PropertyType) is not null : property.IsSetNullable;
}
