using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

public sealed class PlatformTests
{
    [TestCase("/health/live")]
    [TestCase("/health/ready")]
    public async Task Health_answers_200_to_anyone(string path)
    {
        using var client = Anonymous();

        using var response = await client.GetAsync(path);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_openapi_document_declares_bearer_auth_and_every_students_status()
    {
        using var client = Anonymous();

        var document = await client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        document.GetProperty("components").GetProperty("securitySchemes").GetProperty("Bearer")
            .GetProperty("scheme").GetString().Should().Be("bearer");
        var put = document.GetProperty("paths").GetProperty("/api/students/{id}").GetProperty("put");
        put.GetProperty("security").GetArrayLength().Should().Be(1);
        put.GetProperty("responses").EnumerateObject().Select(r => r.Name)
            .Should().Contain(["200", "400", "401", "403", "404", "409", "412"]);
        document.GetProperty("paths").GetProperty("/api/students").GetProperty("post").GetProperty("responses")
            .EnumerateObject().Select(r => r.Name).Should().Contain(["201", "400", "401", "403", "409", "413"]);
    }

    [Test]
    public async Task Swagger_ui_is_served()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync("/swagger/index.html");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Responses_carry_nosniff_and_no_server_header()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync("/health/live");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    [TestCase("/api/me")]
    [TestCase("/api/students/{student}")]
    [TestCase("/api/students/{student}/transcript")]
    [TestCase("/api/students/{student}/enrollments")]
    [TestCase("/api/me/notifications")]
    [TestCase("/api/students/00000000-0000-0000-0000-000000000000")]
    public async Task Answers_to_a_signed_in_user_are_never_stored_by_caches(string path)
    {
        using var client = As(Student);

        using var response = await client.GetAsync(path.Replace("{student}", Student.StudentId!.ToString(), StringComparison.Ordinal));

        (response.Headers.CacheControl?.NoStore ?? false).Should().BeTrue($"{path} answers {(int)response.StatusCode} with personal data or about it");
    }

    [Test]
    public async Task Anonymous_answers_are_not_marked_no_store()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync("/openapi/v1.json");

        (response.Headers.CacheControl?.NoStore ?? false).Should().BeFalse();
    }

    [Test]
    public async Task Me_tells_a_linked_student_who_they_are()
    {
        using var client = As(Student);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("userId").GetString().Should().Be(Student.Sub);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("student");
        me.GetProperty("studentId").GetGuid().Should().Be(Student.StudentId!.Value);
        me.GetProperty("lecturerId").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [TestCase("admin", "admin")]
    [TestCase("lecturer", "lecturer")]
    [TestCase("nogroup", null)]
    public async Task Me_lists_the_roles_from_cognito_groups(string who, string? role)
    {
        using var client = As(who switch { "admin" => Admin, "lecturer" => Lecturer, _ => NoGroup });

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString())
            .Should().Equal(role is null ? [] : [role]);
        me.GetProperty("studentId").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public async Task Me_needs_a_token()
    {
        using var client = Anonymous();

        using var response = await client.GetAsync("/api/me");

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}
