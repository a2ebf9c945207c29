using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Valid request bodies with unique values; <c>overrides</c> replace or add fields.</summary>
internal static class StudentBodies
{
    public static JsonObject New(object? overrides = null)
    {
        var unique = Guid.NewGuid().ToString("N")[..10];
        var body = new JsonObject
        {
            ["firstName"] = "Test",
            ["lastName"] = $"Student{unique}",
            ["email"] = $"student.{unique}@accept.test",
            ["dateOfBirth"] = "2004-03-14",
        };
        return JsonBodies.Merge(body, overrides);
    }

    public static JsonObject Update(JsonElement existing, object? overrides = null) =>
        JsonBodies.Echo(existing, overrides, "studentNumber", "firstName", "lastName", "email", "dateOfBirth",
            "enrolledOn", "status");
}
