using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>A class as the materials routes see it: the lecturer who teaches it and a student enrolled in it, both signed in.</summary>
internal sealed record Classroom(Guid ClassId, Persona Teacher, Persona Pupil)
{
    public string Materials => Uploads.MaterialsPath(ClassId);

    public static async Task<Classroom> CreateAsync()
    {
        var (teacher, lecturerId) = await Teaching.SignUpTeacherAsync();
        var classId = (await Teaching.CreateClassAsync(lecturerId: lecturerId)).Id();
        var pupil = await SignUpStudentAsync("pupil");
        await Teaching.EnrolledAsync(Admin, classId, pupil.StudentId!.Value);
        return new Classroom(classId, teacher, pupil);
    }

    /// <summary>Stores rows of this class's files straight in the database (cheaper than uploads, for counting).</summary>
    public async Task SeedFilesAsync(int count, string status)
    {
        for (var i = 0; i < count; i++)
        {
            var id = Guid.CreateVersion7();
            await ScalarAsync(
                "INSERT INTO files (id, class_id, key, name, content_type, declared_size, status, uploaded_by, uploaded_at) " +
                "VALUES ($1, $2, $3, 'seeded.pdf', 'application/pdf', 10, $4, 'seed', now())",
                id, ClassId, $"materials/{ClassId}/{id}", status);
        }
    }
}
