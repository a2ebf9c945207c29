using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Files.Uploads;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>Downloading, replacing and deleting avatars: presigned GETs, and objects that go with their files.</summary>
public sealed class AvatarDownloadTests
{
    [Test]
    public async Task The_student_and_a_lecturer_download_the_same_bytes_under_the_name_it_was_uploaded_with()
    {
        var self = await SignUpStudentAsync("avatar-download");
        using var client = As(self);
        const string name = "Zoë's \"best\" photo.png";
        var (id, _) = await UploadAvatarAsync(client, self.StudentId!.Value, Png, Png.Length, name: name);
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        foreach (var caller in new[] { self, Lecturer })
        {
            using var reader = As(caller);
            using var response = await reader.GetAsync($"/api/students/{self.StudentId}/avatar");

            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            var download = await response.Content.ReadFromJsonAsync<JsonElement>();
            download.GetProperty("expiresAt").GetDateTimeOffset().Should()
                .BeAfter(DateTimeOffset.UtcNow).And.BeBefore(DateTimeOffset.UtcNow.AddMinutes(10));
            var url = new Uri(download.GetProperty("url").GetString()!);
            (await DownloadAsync(url)).Should().Equal(Png);
            DispositionOf(url).Should().StartWith("attachment; filename=\"Zo_'s _best_ photo.png\"; filename*=");
            SavedNameOf(url).Should().Be(name);
        }
    }

    [Test]
    public async Task No_avatar_is_404_and_one_whose_bytes_are_not_confirmed_yet_is_409()
    {
        using var admin = As(Admin);
        var studentId = (await CreateStudentAsync()).Id();

        using var none = await admin.GetAsync($"/api/students/{studentId}/avatar");
        using var requested = await RequestAvatarUploadAsync(admin, studentId, "a.png", "image/png", 10);
        using var pending = await admin.GetAsync($"/api/students/{studentId}/avatar");

        await none.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await pending.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task Someone_elses_avatar_cannot_be_downloaded_or_deleted_by_a_student()
    {
        var other = (await CreateStudentAsync()).Id();
        using var student = As(Student);

        using var download = await student.GetAsync($"/api/students/{other}/avatar");
        using var delete = await student.DeleteAsync($"/api/students/{other}/avatar");

        await download.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_new_avatar_replaces_the_old_whose_object_is_deleted()
    {
        using var admin = As(Admin);
        var studentId = (await CreateStudentAsync()).Id();
        var (first, firstKey) = await UploadAvatarAsync(admin, studentId, Png, Png.Length);
        (await SettledStatusAsync(Host, first)).Should().Be("Available");
        var newer = Png.Concat(new byte[] { 1, 2, 3 }).ToArray();

        var (second, _) = await UploadAvatarAsync(admin, studentId, newer, newer.Length);

        (await SettledStatusAsync(Host, second)).Should().Be("Available");
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(firstKey), "the old avatar's object was deleted");
        (await ScalarAsync("SELECT count(*) FROM files WHERE id = $1", first)).Should().Be(0L);
        (await DownloadAsync(await DownloadLinkAsync(admin, AvatarPath(studentId)))).Should().Equal(newer);
    }

    [Test]
    public async Task Deleting_the_avatar_deletes_its_object()
    {
        var self = await SignUpStudentAsync("avatar-delete");
        using var client = As(self);
        var (id, key) = await UploadAvatarAsync(client, self.StudentId!.Value, Png, Png.Length);
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        using var deleted = await client.DeleteAsync($"/api/students/{self.StudentId}/avatar");

        await deleted.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the object was deleted after the commit");
        using var gone = await client.GetAsync($"/api/students/{self.StudentId}/avatar");
        await gone.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var again = await client.DeleteAsync($"/api/students/{self.StudentId}/avatar");
        await again.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleting_a_student_deletes_their_avatars_objects()
    {
        using var admin = As(Admin);
        var studentId = (await CreateStudentAsync()).Id();
        var (id, key) = await UploadAvatarAsync(admin, studentId, Png, Png.Length);
        (await SettledStatusAsync(Host, id)).Should().Be("Available");

        using var deleted = await admin.DeleteAsync($"/api/students/{studentId}");

        await deleted.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the student's objects were deleted after the commit");
    }
}
