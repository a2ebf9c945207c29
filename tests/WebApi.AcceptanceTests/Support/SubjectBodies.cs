using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Valid subject bodies with unique codes; <c>overrides</c> replace or add fields.</summary>
internal static class SubjectBodies
{
    private const string Capitals = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static JsonObject New(object? overrides = null) =>
        JsonBodies.Merge(new JsonObject
        {
            ["code"] = UniqueCode(),
            ["name"] = $"Subject {Guid.NewGuid():N}",
            ["credits"] = 6,
            ["description"] = "Made by an acceptance test.",
        }, overrides);

    public static JsonObject Update(JsonElement existing, object? overrides = null) =>
        JsonBodies.Echo(existing, overrides, "code", "name", "credits", "description");

    /// <summary>Five capitals and four digits: 1.2·10¹¹ codes, so random ones do not collide in a run.</summary>
    public static string UniqueCode() =>
        new string(Random.Shared.GetItems(Capitals.AsSpan(), 5)) + Random.Shared.Next(1000, 10000);
}
