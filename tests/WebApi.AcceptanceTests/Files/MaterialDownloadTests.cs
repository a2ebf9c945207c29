using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Files.Uploads;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>Listing, downloading and deleting class materials; objects that go with their files and their class.</summary>
public sealed class MaterialDownloadTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% reading list\n%%EOF\n");

    [Test]
    public async Task An_enrolled_student_and_the_lecturer_list_it_and_download_the_same_bytes_under_its_name()
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);
        const string name = "Lecture 1 — «intro».pdf";
        var (id, _) = await UploadAsync(teacher, room.Materials, Pdf, Pdf.Length, "application/pdf", name);
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        foreach (var caller in new[] { room.Pupil, room.Teacher, Admin })
        {
            using var client = As(caller);
            var list = await client.GetFromJsonAsync<JsonElement>(room.Materials);
            var item = list.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
            (item.GetProperty("id").GetGuid(), item.GetProperty("status").GetString(), item.GetProperty("size").GetInt64())
                .Should().Be((id, "available", Pdf.Length));

            var url = await DownloadLinkAsync(client, $"{room.Materials}/{id}");
            (await DownloadAsync(url)).Should().Equal(Pdf);
            SavedNameOf(url).Should().Be(name);
        }
    }

    [Test]
    public async Task The_list_is_paged_newest_first()
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);
        var ids = new List<Guid>();
        foreach (var name in new[] { "a.txt", "b.txt", "c.txt" })
        {
            using var response = await RequestUploadAsync(teacher, room.Materials, name, "text/plain", 10);
            ids.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("file").Id());
        }

        var first = await teacher.GetFromJsonAsync<JsonElement>($"{room.Materials}?page=1&pageSize=2");
        var second = await teacher.GetFromJsonAsync<JsonElement>($"{room.Materials}?page=2&pageSize=2");

        first.GetProperty("items").EnumerateArray().Select(f => f.Id()).Should().Equal(ids[2], ids[1]);
        second.GetProperty("items").EnumerateArray().Select(f => f.Id()).Should().Equal(ids[0]);
        first.GetProperty("totalCount").GetInt32().Should().Be(3);
    }

    [Test]
    public async Task A_student_not_enrolled_and_a_lecturer_who_does_not_teach_it_are_403()
    {
        var room = await Classroom.CreateAsync();
        var other = await Classroom.CreateAsync();
        await room.SeedFilesAsync(1, "Available");
        var fileId = (Guid)(await ScalarAsync("SELECT id FROM files WHERE class_id = $1", room.ClassId))!;

        foreach (var caller in new[] { other.Pupil, other.Teacher, Student, Lecturer, NoGroup })
        {
            using var client = As(caller);
            using var list = await client.GetAsync(room.Materials);
            using var download = await client.GetAsync($"{room.Materials}/{fileId}");
            using var delete = await client.DeleteAsync($"{room.Materials}/{fileId}");
            await list.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await download.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
            await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using var pupil = As(room.Pupil);
        using var byPupil = await pupil.DeleteAsync($"{room.Materials}/{fileId}");
        await byPupil.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_unknown_class_an_unknown_file_and_a_file_of_another_class_are_404()
    {
        var room = await Classroom.CreateAsync();
        var other = await Classroom.CreateAsync();
        await other.SeedFilesAsync(1, "Available");
        var othersFile = (Guid)(await ScalarAsync("SELECT id FROM files WHERE class_id = $1", other.ClassId))!;
        using var admin = As(Admin);
        using var teacher = As(room.Teacher);

        using var unknownClass = await admin.GetAsync(MaterialsPath(Guid.NewGuid()));
        using var unknownClassFile = await admin.GetAsync($"{MaterialsPath(Guid.NewGuid())}/{othersFile}");
        using var unknownFile = await teacher.GetAsync($"{room.Materials}/{Guid.NewGuid()}");
        using var foreignFile = await teacher.GetAsync($"{room.Materials}/{othersFile}");
        using var foreignDelete = await teacher.DeleteAsync($"{room.Materials}/{othersFile}");

        foreach (var response in new[] { unknownClass, unknownClassFile, unknownFile, foreignFile, foreignDelete })
        {
            await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        (await ScalarAsync("SELECT count(*) FROM files WHERE id = $1", othersFile)).Should().Be(1L);
    }

    [Test]
    public async Task A_pending_or_rejected_material_is_409()
    {
        var room = await Classroom.CreateAsync();
        await room.SeedFilesAsync(1, "Pending");
        await room.SeedFilesAsync(1, "Rejected");
        using var teacher = As(room.Teacher);

        foreach (var status in new[] { "Pending", "Rejected" })
        {
            var fileId = (Guid)(await ScalarAsync("SELECT id FROM files WHERE class_id = $1 AND status = $2", room.ClassId, status))!;
            using var response = await teacher.GetAsync($"{room.Materials}/{fileId}");
            await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }
    }

    [Test]
    public async Task Deleting_a_material_deletes_its_object()
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);
        var (id, key) = await UploadAsync(teacher, room.Materials, Pdf, Pdf.Length, "application/pdf", "old.pdf");
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        using var deleted = await teacher.DeleteAsync($"{room.Materials}/{id}");

        await deleted.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the object was deleted after the commit");
        using var gone = await teacher.GetAsync($"{room.Materials}/{id}");
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task A_class_with_materials_but_no_enrollments_is_deleted_with_its_objects_and_rows()
    {
        var (_, lecturerId) = await Teaching.SignUpTeacherAsync();
        var classId = (await Teaching.CreateClassAsync(lecturerId: lecturerId)).Id();
        using var admin = As(Admin);
        var (id, key) = await UploadAsync(admin, MaterialsPath(classId), Pdf, Pdf.Length, "application/pdf", "kept.pdf");
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        using var deleted = await admin.DeleteAsync($"/api/classes/{classId}");

        await deleted.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await ScalarAsync("SELECT count(*) FROM files WHERE class_id = $1", classId)).Should().Be(0L);
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the class's objects were deleted after the commit");
    }

    [Test]
    public async Task A_class_with_enrollments_stays_and_so_do_its_materials()
    {
        var room = await Classroom.CreateAsync();
        using var admin = As(Admin);
        var (id, key) = await UploadAsync(admin, room.Materials, Pdf, Pdf.Length, "application/pdf", "kept.pdf");
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        using var refused = await admin.DeleteAsync($"/api/classes/{room.ClassId}");

        await refused.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ScalarAsync("SELECT count(*) FROM files WHERE id = $1", id)).Should().Be(1L);
        (await Host.Bucket.HoldsAsync(key)).Should().BeTrue();
    }
}
