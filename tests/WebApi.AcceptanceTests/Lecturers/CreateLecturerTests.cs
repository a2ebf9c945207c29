using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Lecturers;

public sealed class CreateLecturerTests
{
    [Test]
    public async Task An_admin_creates_a_lecturer_and_gets_201_with_location_etag_and_the_lecturer()
    {
        using var admin = As(Admin);
        var staffNumber = "L-" + Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var body = LecturerBodies.New(new { staffNumber, department = " Physics " });

        using var response = await admin.PostAsJsonAsync("/api/lecturers", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var lecturer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = lecturer.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/lecturers/{id}");
        response.Headers.ETag!.Tag.Should().MatchRegex("^\"[0-9]+\"$");
        lecturer.GetProperty("staffNumber").GetString().Should().Be(staffNumber);
        lecturer.GetProperty("firstName").GetString().Should().Be("Test");
        lecturer.GetProperty("fullName").GetString().Should().Be($"Test {body["lastName"]}");
        lecturer.GetProperty("email").GetString().Should().Be(body["email"]!.GetValue<string>());
        lecturer.GetProperty("department").GetString().Should().Be("Physics");
        // The invitation into Cognito is queued: it happens after the commit, off the request path.
        lecturer.GetProperty("invitation").GetString().Should().Be("pending");
        lecturer.GetProperty("userId").ValueKind.Should().Be(JsonValueKind.Null);
        var invited = await WaitForInvitationAsync($"/api/lecturers/{id}", "sent");
        invited.GetProperty("userId").GetString().Should().NotBeNullOrEmpty();
    }

    [Test]
    public async Task Without_a_staff_number_the_server_assigns_one_and_department_may_be_left_out()
    {
        var lecturer = await CreateLecturerAsync(new { department = (string?)null });

        lecturer.GetProperty("staffNumber").GetString().Should().MatchRegex("^[A-Z0-9-]{3,20}$");
        lecturer.GetProperty("department").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Test]
    public async Task The_email_is_stored_lower_case()
    {
        var lecturer = await CreateLecturerAsync(new { email = $"Mixed.{Guid.NewGuid():N}@Accept.TEST" });

        lecturer.GetProperty("email").GetString().Should().Be(lecturer.GetProperty("email").GetString()!.ToLowerInvariant());
    }

    [Test]
    public async Task Invalid_fields_are_listed_by_name_and_nothing_is_stored()
    {
        using var admin = As(Admin);
        var firstName = "Invalid" + Guid.NewGuid().ToString("N");
        var body = new
        {
            staffNumber = "bad number",
            firstName,
            lastName = new string('x', 101),
            email = "not-an-email",
            department = new string('d', 101),
        };

        using var response = await admin.PostAsJsonAsync("/api/lecturers", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().Should().BeEquivalentTo("staffNumber", "lastName", "email", "department");
        (await ScalarAsync("SELECT count(*) FROM lecturers WHERE first_name = $1", firstName)).Should().Be(0L);
    }

    [Test]
    public async Task Missing_names_and_email_are_400()
    {
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/lecturers", new { firstName = "  " });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("firstName", "lastName", "email");
    }

    [Test]
    public async Task An_email_taken_in_another_case_is_a_conflict()
    {
        var existing = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/lecturers",
            LecturerBodies.New(new { email = existing.GetProperty("email").GetString()!.ToUpperInvariant() }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Be("A lecturer with this email already exists.");
    }

    [Test]
    public async Task A_taken_staff_number_is_a_conflict()
    {
        var existing = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/lecturers",
            LecturerBodies.New(new { staffNumber = existing.GetProperty("staffNumber").GetString() }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Contain("staff number");
    }
}
