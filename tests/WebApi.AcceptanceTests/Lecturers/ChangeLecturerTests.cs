using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Lecturers;

public sealed class ChangeLecturerTests
{
    private static string PathOf(JsonElement lecturer) => $"/api/lecturers/{lecturer.GetProperty("id")}";

    private static HttpRequestMessage Put(JsonElement lecturer, object? overrides, string? ifMatch = null) =>
        Requests.Put(PathOf(lecturer), LecturerBodies.Update(lecturer, overrides), ifMatch);

    [Test]
    public async Task An_admin_updates_a_lecturer_with_the_current_etag_and_gets_a_new_one()
    {
        var (lecturer, etag) = await Requests.ReadAsync(PathOf(await CreateLecturerAsync()));
        var email = UniqueEmail("Renamed");
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(lecturer, new { firstName = "Renamed", email, department = "Physics" }, etag));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("firstName").GetString().Should().Be("Renamed");
        updated.GetProperty("fullName").GetString().Should().Be($"Renamed {lecturer.GetProperty("lastName")}");
        updated.GetProperty("email").GetString().Should().Be(email.ToLowerInvariant());
        updated.GetProperty("department").GetString().Should().Be("Physics");
        response.Headers.ETag!.Tag.Should().NotBe(etag);
        (await Requests.ReadAsync(PathOf(lecturer))).Body.GetRawText().Should().Be(updated.GetRawText());
    }

    [Test]
    public async Task A_stale_etag_is_412_and_changes_nothing()
    {
        var (lecturer, stale) = await Requests.ReadAsync(PathOf(await CreateLecturerAsync()));
        using var admin = As(Admin);
        using (var first = await admin.SendAsync(Put(lecturer, new { firstName = "First" }, stale)))
        {
            await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var second = await admin.SendAsync(Put(lecturer, new { firstName = "Second" }, stale));

        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await ScalarAsync("SELECT first_name FROM lecturers WHERE id = $1", lecturer.GetProperty("id").GetGuid())).Should().Be("First");
    }

    [Test]
    public async Task Without_if_match_the_last_write_wins()
    {
        var lecturer = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(lecturer, new { lastName = "NoPrecondition" }));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_invalid_update_is_400_naming_each_field()
    {
        var lecturer = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(lecturer, new { staffNumber = "no spaces", lastName = " ", email = "nope" }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("staffNumber", "lastName", "email");
    }

    [TestCase(true, TestName = "An update with a null staff number keeps the current one")]
    [TestCase(false, TestName = "An update without a staff number keeps the current one")]
    public async Task An_update_without_a_staff_number_keeps_the_current_one(bool sendNull)
    {
        var lecturer = await CreateLecturerAsync();
        var body = LecturerBodies.Update(lecturer, new { firstName = "Kept" });
        if (sendNull)
        {
            body["staffNumber"] = null;
        }
        else
        {
            body.Remove("staffNumber");
        }

        using var admin = As(Admin);
        using var response = await admin.SendAsync(Requests.Put(PathOf(lecturer), body));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("firstName").GetString().Should().Be("Kept");
        updated.GetProperty("staffNumber").GetString().Should().Be(lecturer.GetProperty("staffNumber").GetString());
        (await ScalarAsync("SELECT staff_number FROM lecturers WHERE id = $1", lecturer.GetProperty("id").GetGuid()))
            .Should().Be(lecturer.GetProperty("staffNumber").GetString());
    }

    [Test]
    public async Task An_update_must_keep_the_email_unique()
    {
        var taken = await CreateLecturerAsync();
        var lecturer = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(lecturer, new { email = taken.GetProperty("email").GetString()!.ToUpperInvariant() }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task A_lecturer_may_not_update_even_their_own_record()
    {
        var lecturer = await SignUpLecturerAsync("self-editing");
        var (own, etag) = await Requests.ReadAsync($"/api/lecturers/{lecturer.LecturerId}");
        using var client = As(lecturer);

        using var response = await client.SendAsync(Put(own, new { department = "Self-promoted" }, etag));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_admin_deletes_a_lecturer_with_the_current_etag_and_it_is_gone()
    {
        var (lecturer, etag) = await Requests.ReadAsync(PathOf(await CreateLecturerAsync()));
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Requests.Delete(PathOf(lecturer), etag));

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var after = await admin.GetAsync(PathOf(lecturer));
        await after.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleting_a_lecturer_assigned_to_a_class_is_409_and_keeps_the_lecturer()
    {
        var lecturer = await CreateLecturerAsync();
        var subject = await CreateSubjectAsync();
        await Teaching.CreateClassAsync(lecturerId: lecturer.GetProperty("id").GetGuid(), subjectId: subject.GetProperty("id").GetGuid());
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync(PathOf(lecturer));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Be("This lecturer is assigned to classes; assign other lecturers to them first.");
        (await ScalarAsync("SELECT count(*) FROM lecturers WHERE id = $1", lecturer.GetProperty("id").GetGuid())).Should().Be(1L);
    }

    [Test]
    public async Task Deleting_with_a_stale_etag_is_412()
    {
        var lecturer = await CreateLecturerAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Requests.Delete(PathOf(lecturer), "\"1\""));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await ScalarAsync("SELECT count(*) FROM lecturers WHERE id = $1", lecturer.GetProperty("id").GetGuid())).Should().Be(1L);
    }
}
