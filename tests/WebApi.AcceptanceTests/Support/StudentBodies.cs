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
        return Merge(body, overrides);
    }

    public static JsonObject Update(JsonElement existing, object? overrides = null)
    {
        var body = new JsonObject
        {
            ["studentNumber"] = existing.GetProperty("studentNumber").GetString(),
            ["firstName"] = existing.GetProperty("firstName").GetString(),
            ["lastName"] = existing.GetProperty("lastName").GetString(),
            ["email"] = existing.GetProperty("email").GetString(),
            ["dateOfBirth"] = existing.GetProperty("dateOfBirth").GetString(),
            ["enrolledOn"] = existing.GetProperty("enrolledOn").GetString(),
            ["status"] = existing.GetProperty("status").GetString(),
        };
        return Merge(body, overrides);
    }

    private static JsonObject Merge(JsonObject body, object? overrides)
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
}
