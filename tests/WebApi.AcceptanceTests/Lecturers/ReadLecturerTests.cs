using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Lecturers;

public sealed class ReadLecturerTests
{
    [Test]
    public async Task An_admin_reads_any_lecturer_with_an_etag()
    {
        var created = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.GetAsync($"/api/lecturers/{created.GetProperty("id")}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().MatchRegex("^\"[0-9]+\"$");
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetRawText().Should().Be(created.GetRawText());
    }

    [Test]
    public async Task A_lecturer_reads_their_own_record()
    {
        var lecturer = await SignUpLecturerAsync("own-lecturer");
        using var client = As(lecturer);

        using var response = await client.GetAsync($"/api/lecturers/{lecturer.LecturerId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("userId").GetString().Should().Be(lecturer.Sub);
        body.GetProperty("email").GetString().Should().Be(lecturer.Email);
    }

    [Test]
    public async Task A_lecturer_may_not_read_another_lecturers_record()
    {
        var lecturer = await SignUpLecturerAsync("curious-lecturer");
        var other = await CreateLecturerAsync();
        using var client = As(lecturer);

        using var response = await client.GetAsync($"/api/lecturers/{other.GetProperty("id")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Owning_the_record_counts_only_for_a_user_in_the_lecturers_group()
    {
        var outsider = await SignUpAsync("linked-student", "students");
        var lecturer = await CreateLecturerAsync(new { email = outsider.Email });
        await ScalarAsync("UPDATE lecturers SET user_id = $1 WHERE id = $2", outsider.Sub, lecturer.GetProperty("id").GetGuid());
        using var client = As(outsider);

        using var response = await client.GetAsync($"/api/lecturers/{lecturer.GetProperty("id")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }
}
