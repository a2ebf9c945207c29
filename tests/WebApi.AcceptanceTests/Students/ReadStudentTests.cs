using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Students;

public sealed class ReadStudentTests
{
    [TestCase("admin")]
    [TestCase("lecturer")]
    public async Task Staff_read_any_student_with_an_etag(string who)
    {
        var created = await CreateStudentAsync();
        using var client = As(who == "admin" ? Admin : Lecturer);

        using var response = await client.GetAsync($"/api/students/{created.GetProperty("id")}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag!.Tag.Should().MatchRegex("^\"[0-9]+\"$");
        var student = await response.Content.ReadFromJsonAsync<JsonElement>();
        student.GetProperty("email").GetString().Should().Be(created.GetProperty("email").GetString());
    }

    [Test]
    public async Task A_student_reads_their_own_record()
    {
        using var client = As(Student);

        using var response = await client.GetAsync($"/api/students/{Student.StudentId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("userId").GetString().Should().Be(Student.Sub);
    }

    [Test]
    public async Task A_student_may_not_read_another_students_record()
    {
        var other = await CreateStudentAsync();
        using var client = As(Student);

        using var response = await client.GetAsync($"/api/students/{other.GetProperty("id")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_user_in_no_group_may_not_read_students()
    {
        using var client = As(NoGroup);

        using var response = await client.GetAsync($"/api/students/{Student.StudentId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_unknown_id_is_404()
    {
        using var client = As(Admin);

        using var response = await client.GetAsync($"/api/students/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_id_that_is_not_a_uuid_is_404()
    {
        using var client = As(Admin);

        using var response = await client.GetAsync("/api/students/not-a-uuid");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Without_a_token_reading_is_401()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync($"/api/students/{Student.StudentId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
