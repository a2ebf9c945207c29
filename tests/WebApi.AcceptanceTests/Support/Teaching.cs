using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Subjects, lecturers, classes and seats for acceptance tests, each with unique values.</summary>
internal static class Teaching
{
    /// <summary>A unique, valid class code.</summary>
    public static string ClassCode() => $"C-{Guid.NewGuid().ToString("N")[..12].ToUpperInvariant()}";

    /// <summary>A new subject (through the API) and its id.</summary>
    public static async Task<Guid> SubjectIdAsync(int credits = 5) => (await CreateSubjectAsync(new { credits })).Id();

    /// <summary>A new lecturer (through the API) and its id.</summary>
    public static async Task<Guid> LecturerIdAsync() => (await CreateLecturerAsync()).Id();

    /// <summary>A signed-in lecturer with a lecturer record of their own.</summary>
    public static async Task<(Persona Persona, Guid LecturerId)> SignUpTeacherAsync()
    {
        var persona = await SignUpLecturerAsync("teacher");
        return (persona, persona.LecturerId!.Value);
    }

    public static JsonObject ClassBody(Guid subjectId, Guid? lecturerId = null, int capacity = 30, string term = "2026-S1") =>
        new()
        {
            ["code"] = ClassCode(),
            ["subjectId"] = subjectId,
            ["lecturerId"] = lecturerId,
            ["term"] = term,
            ["capacity"] = capacity,
            ["schedule"] = "Mon 09:00-11:00",
            ["room"] = "B-204",
        };

    /// <summary>The body with the fields of <paramref name="overrides"/> replaced or added.</summary>
    public static JsonObject With(this JsonObject body, object overrides)
    {
        foreach (var (key, value) in JsonSerializer.SerializeToNode(overrides)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        return body;
    }

    public static async Task<JsonElement> CreateClassAsync(int capacity = 30, Guid? lecturerId = null, Guid? subjectId = null,
        string term = "2026-S1")
    {
        using var admin = As(Admin);
        using var response = await admin.PostAsJsonAsync("/api/classes",
            ClassBody(subjectId ?? await SubjectIdAsync(), lecturerId, capacity, term));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> EnrollAsync(Persona caller, Guid classId, Guid studentId)
    {
        using var client = As(caller);
        return await client.PostAsJsonAsync($"/api/classes/{classId}/enrollments", new { studentId });
    }

    /// <summary>Enrolls a student, asserting it worked.</summary>
    public static async Task EnrolledAsync(Persona caller, Guid classId, Guid studentId)
    {
        using var response = await EnrollAsync(caller, classId, studentId);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    /// <summary>Seats a new student (by an admin) and returns the student's id.</summary>
    public static async Task<Guid> EnrollNewStudentAsync(Guid classId)
    {
        var studentId = (await CreateStudentAsync()).GetProperty("id").GetGuid();
        await EnrolledAsync(Admin, classId, studentId);
        return studentId;
    }

    public static async Task<HttpResponseMessage> ScoreAsync(Persona caller, Guid classId, Guid studentId, decimal? score)
    {
        using var client = As(caller);
        return await client.PutAsJsonAsync($"/api/classes/{classId}/enrollments/{studentId}/score", new { score });
    }

    public static async Task GradeAsync(Guid classId, Guid studentId, decimal score)
    {
        using var response = await ScoreAsync(Admin, classId, studentId, score);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    public static async Task<JsonElement> GetClassAsync(Guid classId)
    {
        using var admin = As(Admin);
        return await admin.GetFromJsonAsync<JsonElement>($"/api/classes/{classId}");
    }

    public static Guid Id(this JsonElement resource) => resource.GetProperty("id").GetGuid();
}
