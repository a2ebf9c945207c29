using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Subjects;

public sealed class ChangeSubjectTests
{
    private static string PathOf(JsonElement subject) => $"/api/subjects/{subject.GetProperty("id")}";

    private static HttpRequestMessage Put(JsonElement subject, object? overrides, string? ifMatch = null) =>
        Requests.Put(PathOf(subject), SubjectBodies.Update(subject, overrides), ifMatch);

    private static async Task<object?> NameInDatabaseAsync(JsonElement subject) =>
        await ScalarAsync("SELECT name FROM subjects WHERE id = $1", subject.GetProperty("id").GetGuid());

    [Test]
    public async Task An_admin_updates_a_subject_with_the_current_etag_and_gets_a_new_one()
    {
        var (subject, etag) = await Requests.ReadAsync(PathOf(await CreateSubjectAsync()));
        var code = SubjectBodies.UniqueCode();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(subject, new { code, name = "Renamed", credits = 3, description = " " }, etag));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("code").GetString().Should().Be(code);
        updated.GetProperty("name").GetString().Should().Be("Renamed");
        updated.GetProperty("credits").GetInt32().Should().Be(3);
        updated.GetProperty("description").ValueKind.Should().Be(JsonValueKind.Null);
        response.Headers.ETag!.Tag.Should().NotBe(etag);
        (await Requests.ReadAsync(PathOf(subject))).Body.GetRawText().Should().Be(updated.GetRawText());
    }

    [Test]
    public async Task A_stale_etag_is_412_and_changes_nothing()
    {
        var (subject, stale) = await Requests.ReadAsync(PathOf(await CreateSubjectAsync()));
        using var admin = As(Admin);
        using (var first = await admin.SendAsync(Put(subject, new { name = "First" }, stale)))
        {
            await first.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var second = await admin.SendAsync(Put(subject, new { name = "Second" }, stale));

        await second.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await NameInDatabaseAsync(subject)).Should().Be("First");
    }

    [Test]
    public async Task An_invalid_update_is_400_and_changes_nothing()
    {
        var subject = await CreateSubjectAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(subject, new { code = "TOOLONG12345", name = "", credits = 11 }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("code", "name", "credits");
        (await NameInDatabaseAsync(subject)).Should().Be(subject.GetProperty("name").GetString());
    }

    [Test]
    public async Task An_update_must_keep_the_code_unique()
    {
        var taken = await CreateSubjectAsync();
        var subject = await CreateSubjectAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(subject, new { code = taken.GetProperty("code").GetString() }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Test]
    public async Task An_admin_deletes_a_subject_with_the_current_etag_and_it_is_gone()
    {
        var (subject, etag) = await Requests.ReadAsync(PathOf(await CreateSubjectAsync()));
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Requests.Delete(PathOf(subject), etag));

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var after = await admin.GetAsync(PathOf(subject));
        await after.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleting_a_subject_that_classes_use_is_409_and_keeps_the_subject()
    {
        var subject = await CreateSubjectAsync();
        await Teaching.CreateClassAsync(subjectId: subject.GetProperty("id").GetGuid());
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync(PathOf(subject));

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Be("Classes use this subject; delete or move those classes first.");
        (await NameInDatabaseAsync(subject)).Should().Be(subject.GetProperty("name").GetString());
    }

    [Test]
    public async Task Deleting_with_a_stale_etag_is_412()
    {
        var subject = await CreateSubjectAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Requests.Delete(PathOf(subject), "\"1\""));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        (await NameInDatabaseAsync(subject)).Should().NotBeNull();
    }
}
