using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Valid lecturer bodies with unique values; <c>overrides</c> replace or add fields.</summary>
internal static class LecturerBodies
{
    public static JsonObject New(object? overrides = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        return JsonBodies.Merge(new JsonObject
        {
            ["firstName"] = "Test",
            ["lastName"] = $"Lecturer{unique}",
            ["email"] = $"lecturer.{unique}@accept.test",
            ["department"] = "Mathematics",
        }, overrides);
    }

    public static JsonObject Update(JsonElement existing, object? overrides = null) =>
        JsonBodies.Echo(existing, overrides, "staffNumber", "firstName", "lastName", "email", "department");
}
