using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Builds request bodies: <c>overrides</c> replace or add fields.</summary>
internal static class JsonBodies
{
    public static JsonObject Merge(JsonObject body, object? overrides)
    {
        if (overrides is not null)
        {
            foreach (var (key, value) in JsonSerializer.SerializeToNode(overrides)!.AsObject())
            {
                body[key] = value?.DeepClone();
            }
        }

        return body;
    }

    /// <summary>An update body that repeats <paramref name="fields"/> of a resource as the API returned it.</summary>
    public static JsonObject Echo(JsonElement existing, object? overrides, params string[] fields)
    {
        var body = new JsonObject();
        foreach (var field in fields)
        {
            body[field] = JsonNode.Parse(existing.GetProperty(field).GetRawText());
        }

        return Merge(body, overrides);
    }
}
