using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Students;

public sealed class CreateStudentTests
{
    [Test]
    public async Task An_admin_creates_a_student_and_gets_201_with_location_etag_and_the_student()
    {
        using var admin = As(Admin);
        var body = StudentBodies.New(new { studentNumber = "C-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant(), enrolledOn = "2025-09-01" });

        using var response = await admin.PostAsJsonAsync("/api/students", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var student = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = student.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/students/{id}");
        response.Headers.ETag.Should().NotBeNull();
        student.GetProperty("studentNumber").GetString().Should().Be(body["studentNumber"]!.GetValue<string>());
        student.GetProperty("fullName").GetString().Should().Be($"Test {body["lastName"]}");
        student.GetProperty("status").GetString().Should().Be("Active");
        student.GetProperty("enrolledOn").GetString().Should().Be("2025-09-01");
        student.GetProperty("dateOfBirth").GetString().Should().Be("2004-03-14");
    }

    [Test]
    public async Task Without_a_number_or_enrolment_date_the_server_assigns_them()
    {
        var student = await CreateStudentAsync();

        student.GetProperty("studentNumber").GetString().Should().MatchRegex("^[A-Z0-9-]{3,20}$");
        student.GetProperty("enrolledOn").GetString().Should().Be(DateTime.UtcNow.ToString("yyyy-MM-dd"));
    }

    [Test]
    public async Task The_email_is_stored_lower_case()
    {
        var student = await CreateStudentAsync(new { email = $"Mixed.{Guid.NewGuid():N}@Accept.TEST" });

        student.GetProperty("email").GetString().Should().Be(student.GetProperty("email").GetString()!.ToLowerInvariant());
    }

    [TestCase("lecturer")]
    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Nobody_but_an_admin_may_create_students(string who)
    {
        using var client = As(who switch { "lecturer" => Lecturer, "student" => Student, _ => NoGroup });

        using var response = await client.PostAsJsonAsync("/api/students", StudentBodies.New());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Without_a_token_the_answer_is_401_with_a_bearer_challenge()
    {
        using var client = Anonymous();

        using var response = await client.PostAsJsonAsync("/api/students", StudentBodies.New());

        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
    }

    [Test]
    public async Task Invalid_fields_are_listed_by_name_and_nothing_is_stored()
    {
        using var admin = As(Admin);
        var lastName = "Invalid" + Guid.NewGuid().ToString("N");
        var body = new { studentNumber = "bad number", firstName = " ", lastName, email = "not-an-email", dateOfBirth = "1899-12-31" };

        using var response = await admin.PostAsJsonAsync("/api/students", body);

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.ErrorFields().Should().BeEquivalentTo("studentNumber", "firstName", "email", "dateOfBirth");
        (await ScalarAsync("SELECT count(*) FROM students WHERE last_name = $1", lastName)).Should().Be(0L);
    }

    [Test]
    public async Task A_date_of_birth_today_or_later_is_refused()
    {
        using var admin = As(Admin);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");

        using var response = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { dateOfBirth = today }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("dateOfBirth");
    }

    [Test]
    public async Task An_email_taken_in_another_case_is_a_conflict()
    {
        var existing = await CreateStudentAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/students",
            StudentBodies.New(new { email = existing.GetProperty("email").GetString()!.ToUpperInvariant() }));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        problem.GetProperty("detail").GetString().Should().Contain("email");
    }

    [Test]
    public async Task A_taken_student_number_is_a_conflict()
    {
        var existing = await CreateStudentAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/students",
            StudentBodies.New(new { studentNumber = existing.GetProperty("studentNumber").GetString() }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Contain("student number");
    }

    [Test]
    public async Task Racing_creates_with_the_same_email_store_exactly_one_student()
    {
        var email = UniqueEmail("race");
        using var admin = As(Admin);

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { email }))));

        responses.Count(r => r.StatusCode == HttpStatusCode.Created).Should().Be(1);
        responses.Count(r => r.StatusCode == HttpStatusCode.Conflict).Should().Be(7);
        (await ScalarAsync("SELECT count(*) FROM students WHERE email = $1", email)).Should().Be(1L);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Test]
    public async Task A_body_over_one_mebibyte_is_refused_with_413()
    {
        using var admin = As(Admin);
        var huge = new string('a', 1024 * 1024 + 1);

        using var response = await admin.PostAsync("/api/students",
            new StringContent($"{{\"firstName\":\"{huge}\"}}", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }
}
