using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Subjects;

public sealed class CreateSubjectTests
{
    [Test]
    public async Task An_admin_creates_a_subject_and_gets_201_with_location_etag_and_the_subject()
    {
        using var admin = As(Admin);
        var body = SubjectBodies.New(new { name = "  Linear Algebra ", credits = 10, description = "Vectors and matrices." });

        using var response = await admin.PostAsJsonAsync("/api/subjects", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var subject = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = subject.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/subjects/{id}");
        response.Headers.ETag!.Tag.Should().MatchRegex("^\"[0-9]+\"$");
        subject.GetProperty("code").GetString().Should().Be(body["code"]!.GetValue<string>());
        subject.GetProperty("name").GetString().Should().Be("Linear Algebra");
        subject.GetProperty("credits").GetInt32().Should().Be(10);
        subject.GetProperty("description").GetString().Should().Be("Vectors and matrices.");
    }

    [Test]
    public async Task The_description_is_optional()
    {
        var subject = await CreateSubjectAsync(new { description = (string?)null, credits = 1 });

        subject.GetProperty("description").ValueKind.Should().Be(JsonValueKind.Null);
        subject.GetProperty("credits").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Invalid_fields_are_listed_by_name_and_nothing_is_stored()
    {
        using var admin = As(Admin);
        var code = SubjectBodies.UniqueCode();
        var body = new { code = code.ToLowerInvariant(), name = " ", credits = 0, description = new string('d', 2001) };

        using var response = await admin.PostAsJsonAsync("/api/subjects", body);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("code", "name", "credits", "description");
        (await ScalarAsync("SELECT count(*) FROM subjects WHERE lower(code) = $1", code.ToLowerInvariant())).Should().Be(0L);
    }

    [TestCase(11)]
    [TestCase(-1)]
    public async Task Credits_outside_1_to_10_are_400(int credits)
    {
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/subjects", SubjectBodies.New(new { credits }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("credits");
    }

    [Test]
    public async Task Missing_code_name_and_credits_are_400()
    {
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/subjects", new { description = "Only a description." });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("code", "name", "credits");
    }

    [Test]
    public async Task Credits_that_are_not_a_number_are_400()
    {
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/subjects", SubjectBodies.New(new { credits = "six" }));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task A_taken_code_is_a_conflict()
    {
        var existing = await CreateSubjectAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/subjects",
            SubjectBodies.New(new { code = existing.GetProperty("code").GetString() }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Be("A subject with this code already exists.");
    }
}
