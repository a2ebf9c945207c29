using System.Net.Http.Json;
using System.Text.Json;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// Fresh records for one route's calls, with the owners that API.md names: a student user linked
/// to a student enrolled in a class whose lecturer is a lecturer user, a notification to that student and a file
/// of that class's materials.
/// </summary>
internal sealed record RouteWorld(Persona OwningStudent, Persona OwningLecturer, IReadOnlyDictionary<string, string> Ids)
{
    public static async Task<RouteWorld> CreateAsync()
    {
        var student = await SignUpStudentAsync("owner");
        var lecturer = await SignUpAsync("ownlect", "lecturers");
        // Upper case: staff numbers and class codes are [A-Z0-9-] (Domain), and a row the domain refuses cannot be read.
        var unique = Guid.NewGuid().ToString("N").ToUpperInvariant();
        var lecturerId = Guid.CreateVersion7();
        var subjectId = Guid.CreateVersion7();
        var classId = Guid.CreateVersion7();
        await ScalarAsync(
            "INSERT INTO lecturers (id, staff_number, first_name, last_name, email, user_id) VALUES ($1, $2, 'Own', 'Lecturer', $3, $4)",
            lecturerId, $"L{unique[..12]}", lecturer.Email, lecturer.Sub);
        await ScalarAsync("INSERT INTO subjects (id, code, name, credits) VALUES ($1, $2, 'Matrix subject', 5)",
            subjectId, SubjectCode(unique));
        await ScalarAsync(
            "INSERT INTO classes (id, code, subject_id, lecturer_id, term, capacity, enrolled_count) VALUES ($1, $2, $3, $4, '2026-S1', 30, 1)",
            classId, $"M-{unique[..20]}", subjectId, lecturerId);
        await ScalarAsync("INSERT INTO enrollments (class_id, student_id, enrolled_at) VALUES ($1, $2, now())",
            classId, student.StudentId!.Value);
        var notificationId = (long)(await ScalarAsync(
            "INSERT INTO notifications (title, body, sent_at, sender_user_id, sender_name) VALUES ('t', 'b', now(), $1, 'admin') RETURNING id",
            Admin.Sub))!;
        await ScalarAsync("INSERT INTO notification_recipients (notification_id, student_id) VALUES ($1, $2)",
            notificationId, student.StudentId!.Value);
        var fileId = Guid.CreateVersion7();
        await ScalarAsync(
            "INSERT INTO files (id, class_id, key, name, content_type, declared_size, size, status, uploaded_by, uploaded_at) " +
            "VALUES ($1, $2, $3, 'matrix.pdf', 'application/pdf', 10, 10, 'Available', $4, now())",
            fileId, classId, $"materials/{classId}/{fileId}", lecturer.Sub);

        return new RouteWorld(student, lecturer, new Dictionary<string, string>
        {
            ["studentId"] = student.StudentId!.Value.ToString(),
            ["lecturerId"] = lecturerId.ToString(),
            ["subjectId"] = subjectId.ToString(),
            ["classId"] = classId.ToString(),
            ["notificationId"] = notificationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["fileId"] = fileId.ToString(),
        });
    }

    public Persona? PersonaOf(Caller caller) => caller switch
    {
        Caller.Anonymous => null,
        Caller.Admin => Admin,
        Caller.Lecturer => Lecturer,
        Caller.OwningLecturer => OwningLecturer,
        Caller.Student => Student,
        Caller.OwningStudent => OwningStudent,
        Caller.NoGroup => NoGroup,
        _ => throw new ArgumentOutOfRangeException(nameof(caller), caller, null),
    };

    /// <summary>The template with this world's ids in place of its placeholders.</summary>
    public string Fill(string template) =>
        Ids.Aggregate(template, (text, id) => text.Replace($"{{{id.Key}}}", id.Value, StringComparison.Ordinal));

    /// <summary>The routes of <see cref="RouteTable"/> that the running app documents (health is always there).</summary>
    public static async Task<IReadOnlyList<ApiRoute>> PresentRoutesAsync()
    {
        using var client = Anonymous();
        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Select(op => (Key: $"{op.Name.ToUpperInvariant()} {Shape(path.Name)}", Operation: op.Value)))
            .ToDictionary(op => op.Key, op => QueryParametersOf(op.Operation), StringComparer.Ordinal);
        return RouteTable.All
            .Where(r => r.Template.StartsWith("/health/", StringComparison.Ordinal) || documented.ContainsKey($"{r.Method} {Shape(r.Template)}"))
            .Select(r => documented.TryGetValue($"{r.Method} {Shape(r.Template)}", out var query) ? r with { QueryParameters = query } : r)
            .ToList();
    }

    private static string[] QueryParametersOf(JsonElement operation) =>
        operation.TryGetProperty("parameters", out var parameters)
            ? [.. parameters.EnumerateArray().Where(p => p.GetProperty("in").GetString() == "query").Select(p => p.GetProperty("name").GetString()!)]
            : [];

    // Placeholder names differ between the table and the app ({studentId} vs {id}); only positions matter.
    private static string Shape(string template) =>
        System.Text.RegularExpressions.Regex.Replace(template.TrimEnd('/'), "\\{[^}]+\\}", "{}");

    private static string SubjectCode(string unique) =>
        new string(unique.Take(5).Select(c => (char)('A' + (Convert.ToInt32(c.ToString(), 16) % 26))).ToArray())
        + (Math.Abs(unique.GetHashCode(StringComparison.Ordinal)) % 10000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);
}
