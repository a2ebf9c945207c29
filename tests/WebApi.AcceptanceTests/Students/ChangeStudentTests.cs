using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Students;

public sealed class ChangeStudentTests
{
    private static HttpRequestMessage Put(JsonElement student, object? overrides, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/students/{student.GetProperty("id")}")
        {
            Content = JsonContent.Create(StudentBodies.Update(student, overrides)),
        };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }

    private static async Task<string> ETagOfAsync(JsonElement student)
    {
        using var admin = As(Admin);
        using var response = await admin.GetAsync($"/api/students/{student.GetProperty("id")}");
        return response.Headers.ETag!.Tag;
    }

    [Test]
    public async Task An_admin_updates_a_student_with_the_current_etag_and_gets_a_new_one()
    {
        var student = await CreateStudentAsync();
        var etag = await ETagOfAsync(student);
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(student, new { firstName = "Renamed", status = "Suspended" }, etag));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("firstName").GetString().Should().Be("Renamed");
        updated.GetProperty("status").GetString().Should().Be("Suspended");
        response.Headers.ETag!.Tag.Should().NotBe(etag);
    }

    [Test]
    public async Task A_stale_etag_is_412_and_changes_nothing()
    {
        var student = await CreateStudentAsync();
        var stale = await ETagOfAsync(student);
        using var admin = As(Admin);
        using (var first = await admin.SendAsync(Put(student, new { firstName = "First" }, stale)))
        {
            await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var second = await admin.SendAsync(Put(student, new { firstName = "Second" }, stale));

        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await ScalarAsync("SELECT first_name FROM students WHERE id = $1", student.GetProperty("id").GetGuid())).Should().Be("First");
    }

    [Test]
    public async Task Without_if_match_the_last_write_wins()
    {
        var student = await CreateStudentAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(student, new { lastName = "NoPrecondition" }));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [TestCase(true, TestName = "An update with a null student number and enrolment date keeps both")]
    [TestCase(false, TestName = "An update without a student number and enrolment date keeps both")]
    public async Task An_update_without_the_optional_fields_keeps_them(bool sendNull)
    {
        var student = await CreateStudentAsync(new { enrolledOn = "2023-09-01" });
        var body = StudentBodies.Update(student, new { lastName = "Kept", status = "Suspended" });
        foreach (var optional in new[] { "studentNumber", "enrolledOn" })
        {
            if (sendNull)
            {
                body[optional] = null;
            }
            else
            {
                body.Remove(optional);
            }
        }

        using var admin = As(Admin);
        using var response = await admin.SendAsync(new HttpRequestMessage(HttpMethod.Put, $"/api/students/{student.GetProperty("id")}")
        {
            Content = JsonContent.Create(body),
        });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("lastName").GetString().Should().Be("Kept");
        updated.GetProperty("studentNumber").GetString().Should().Be(student.GetProperty("studentNumber").GetString());
        updated.GetProperty("enrolledOn").GetString().Should().Be("2023-09-01");
        (await ScalarAsync("SELECT student_number FROM students WHERE id = $1", student.GetProperty("id").GetGuid()))
            .Should().Be(student.GetProperty("studentNumber").GetString());
    }

    [Test]
    public async Task An_update_must_keep_the_email_unique()
    {
        var taken = await CreateStudentAsync();
        var student = await CreateStudentAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(student, new { email = taken.GetProperty("email").GetString() }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task An_invalid_update_is_400()
    {
        var student = await CreateStudentAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(student, new { lastName = "", status = (string?)null }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().BeEquivalentTo("lastName", "status");
    }

    [Test]
    public async Task Updating_an_unknown_student_is_404()
    {
        var student = await CreateStudentAsync();
        var missing = JsonSerializer.SerializeToElement(new
        {
            id = Guid.NewGuid(),
            studentNumber = "X-404",
            firstName = "No",
            lastName = "Body",
            email = UniqueEmail("nobody"),
            dateOfBirth = "2000-01-01",
            enrolledOn = "2024-09-01",
            status = "Active",
        });
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(missing, null));

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        student.GetProperty("id").GetGuid().Should().NotBeEmpty();
    }

    [TestCase("lecturer")]
    [TestCase("student")]
    public async Task Only_admins_update(string who)
    {
        using var client = As(who == "lecturer" ? Lecturer : Student);
        var self = await GetAsync(Student.StudentId!.Value);

        using var response = await client.SendAsync(Put(self, new { firstName = "Hacked" }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_admin_deletes_a_student_and_it_is_gone()
    {
        var student = await CreateStudentAsync();
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/students/{student.GetProperty("id")}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var after = await admin.GetAsync($"/api/students/{student.GetProperty("id")}");
        await after.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleting_with_a_stale_etag_is_412()
    {
        var student = await CreateStudentAsync();
        using var admin = As(Admin);
        using var request = new HttpRequestMessage(HttpMethod.Delete, $"/api/students/{student.GetProperty("id")}");
        request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        using var response = await admin.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Deleting_an_unknown_student_is_404()
    {
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/students/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("lecturer")]
    [TestCase("student")]
    public async Task Only_admins_delete(string who)
    {
        var student = await CreateStudentAsync();
        using var client = As(who == "lecturer" ? Lecturer : Student);

        using var response = await client.DeleteAsync($"/api/students/{student.GetProperty("id")}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static async Task<JsonElement> GetAsync(Guid id)
    {
        using var admin = As(Admin);
        return await admin.GetFromJsonAsync<JsonElement>($"/api/students/{id}");
    }
}
