using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Files.Uploads;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

public sealed class AvatarUploadTests
{
    [Test]
    public async Task A_student_uploads_their_avatar_with_the_form_straight_to_s3()
    {
        var self = await SignUpStudentAsync("avatar-owner");

        using var response = await RequestUploadAsync(self, self.StudentId!.Value, "me.png", "image/png", Png.Length);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var file = body.GetProperty("file");
        file.GetProperty("name").GetString().Should().Be("me.png");
        file.GetProperty("contentType").GetString().Should().Be("image/png");
        file.GetProperty("size").GetInt64().Should().Be(Png.Length);
        file.GetProperty("status").GetString().Should().Be("pending");
        file.GetProperty("uploadedBy").GetString().Should().Be(self.Sub);
        var upload = body.GetProperty("upload");
        upload.GetProperty("method").GetString().Should().Be("POST");
        var key = upload.GetProperty("fields").GetProperty("key").GetString();
        key.Should().Be($"avatars/{self.StudentId}/{file.GetProperty("id").GetGuid()}");

        using var stored = await PostFormAsync(upload, Png);

        stored.StatusCode.Should().BeOneOf(HttpStatusCode.NoContent, HttpStatusCode.OK, HttpStatusCode.Created);
        using var s3 = await TestBucket.ClientAsync();
        using var @object = await s3.GetObjectAsync(Host.Bucket.Name, key);
        using var bytes = new MemoryStream();
        await @object.ResponseStream.CopyToAsync(bytes);
        bytes.ToArray().Should().Equal(Png);
        @object.Headers.ContentType.Should().Be("image/png");
    }

    [Test]
    public async Task The_forms_policy_pins_the_key_the_type_and_the_declared_size_for_minutes()
    {
        using var response = await RequestUploadAsync(Admin, (await CreateStudentAsync()).Id(), "a.webp", "IMAGE/WEBP", 1234);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var upload = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("upload");
        var fields = upload.GetProperty("fields");
        using var policy = JsonDocument.Parse(Convert.FromBase64String(fields.GetProperty("Policy").GetString()!));
        var conditions = policy.RootElement.GetProperty("conditions").EnumerateArray().Select(c => c.GetRawText()).ToList();
        conditions.Should().Contain($$"""{"key":"{{fields.GetProperty("key").GetString()}}"}""")
            .And.Contain("""{"Content-Type":"image/webp"}""")
            .And.Contain("""["content-length-range",1,1234]""")
            .And.Contain(c => c.StartsWith("{\"bucket\":", StringComparison.Ordinal));
        // The bucket's lifecycle expires objects still tagged pending after a day; the tag is pinned like the type.
        const string pending = "<Tagging><TagSet><Tag><Key>status</Key><Value>pending</Value></Tag></TagSet></Tagging>";
        fields.GetProperty("tagging").GetString().Should().Be(pending);
        policy.RootElement.GetProperty("conditions").EnumerateArray()
            .Where(c => c.ValueKind == JsonValueKind.Object).Select(c => c.TryGetProperty("tagging", out var t) ? t.GetString() : null)
            .Should().Contain(pending);
        var expires = policy.RootElement.GetProperty("expiration").GetDateTimeOffset();
        expires.Should().BeCloseTo(upload.GetProperty("expiresAt").GetDateTimeOffset(), TimeSpan.FromSeconds(1));
        expires.Should().BeAfter(DateTimeOffset.UtcNow).And.BeBefore(DateTimeOffset.UtcNow.AddMinutes(15));
    }

    [TestCase("portrait.gif", "image/gif", 100, "contentType")]
    [TestCase("notes.pdf", "application/pdf", 100, "contentType")]
    [TestCase("huge.png", "image/png", 2 * 1024 * 1024 + 1, "size")]
    [TestCase("empty.png", "image/png", 0, "size")]
    [TestCase("", "image/png", 100, "name")]
    [TestCase("line\nbreak.png", "image/png", 100, "name")]
    public async Task A_wrong_type_size_or_name_is_400_before_any_url(string name, string contentType, long size, string field)
    {
        var student = await CreateStudentAsync();

        using var response = await RequestUploadAsync(Admin, student.Id(), name, contentType, size);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }

    [Test]
    public async Task A_missing_size_is_400()
    {
        using var client = As(Admin);

        using var response = await client.PostAsJsonAsync($"/api/students/{(await CreateStudentAsync()).Id()}/avatar",
            new { name = "a.png", contentType = "image/png" });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("size");
    }

    [Test]
    public async Task Someone_elses_avatar_is_403_for_a_student_and_a_lecturer()
    {
        var other = await CreateStudentAsync();

        using var asStudent = await RequestUploadAsync(Student, other.Id(), "a.png", "image/png", 10);
        using var asLecturer = await RequestUploadAsync(Lecturer, other.Id(), "a.png", "image/png", 10);

        await asStudent.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await asLecturer.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_unknown_student_is_404()
    {
        using var response = await RequestUploadAsync(Admin, Guid.NewGuid(), "a.png", "image/png", 10);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<HttpResponseMessage> RequestUploadAsync(Persona caller, Guid studentId, string name,
        string contentType, long size)
    {
        using var client = As(caller);
        return await RequestAvatarUploadAsync(client, studentId, name, contentType, size);
    }
}
