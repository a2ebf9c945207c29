using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// Lecturers, classes and enrollments for tests of features that build on them, written straight
/// into the API's database with unique values.
/// </summary>
internal static class School
{
    /// <summary>A new lecturer user whose sign-in is linked to a new lecturer record.</summary>
    public static async Task<Persona> SignUpLecturerAsync(string name)
    {
        var persona = await SignUpAsync(name, "lecturers");
        return persona with { LecturerId = await CreateLecturerAsync(persona.Email, persona.Sub) };
    }

    /// <summary>A lecturer record; linked to <paramref name="userId"/> when given.</summary>
    public static async Task<Guid> CreateLecturerAsync(string? email = null, string? userId = null)
    {
        var id = Guid.CreateVersion7();
        var unique = Unique();
        await ScalarAsync(
            "INSERT INTO lecturers (id, staff_number, first_name, last_name, email, user_id) VALUES ($1, $2, 'Test', $3, $4, $5)",
            id, $"L-{unique}", $"Lecturer{unique}", email ?? UniqueEmail("lecturer"), (object?)userId ?? DBNull.Value);
        return id;
    }

    /// <summary>A class of a new subject in 2026-S2, taught by <paramref name="lecturerId"/>.</summary>
    public static async Task<Guid> CreateClassAsync(Guid lecturerId)
    {
        var subjectId = Guid.CreateVersion7();
        var classId = Guid.CreateVersion7();
        await ScalarAsync("INSERT INTO subjects (id, code, name, credits) VALUES ($1, $2, 'Test subject', 5)",
            subjectId, UniqueSubjectCode());
        await ScalarAsync(
            "INSERT INTO classes (id, code, subject_id, lecturer_id, term, capacity, enrolled_count) VALUES ($1, $2, $3, $4, '2026-S2', 30, 0)",
            classId, $"T-{Unique()}", subjectId, lecturerId);
        return classId;
    }

    public static Task EnrollAsync(Guid classId, Guid studentId) => ScalarAsync(
        """
        WITH seat AS (UPDATE classes SET enrolled_count = enrolled_count + 1 WHERE id = $1 RETURNING id)
        INSERT INTO enrollments (class_id, student_id, enrolled_at) SELECT id, $2, now() FROM seat
        """, classId, studentId);

    /// <summary>Five letters and four digits (the longest code <c>^[A-Z]{2,5}[0-9]{2,4}$</c> allows).</summary>
    private static string UniqueSubjectCode() =>
        string.Concat(Enumerable.Range(0, 5).Select(_ => (char)('A' + Random.Shared.Next(26))))
        + Random.Shared.Next(10_000).ToString("D4", System.Globalization.CultureInfo.InvariantCulture);

    private static string Unique() => Guid.NewGuid().ToString("N")[..12].ToUpperInvariant();
}
