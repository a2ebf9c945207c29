using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;
using static CleanStudents.WebApi.AcceptanceTests.Support.Teaching;

namespace CleanStudents.WebApi.AcceptanceTests.Classes;

public sealed class ClassesTests
{
    private static Persona Who(string who) => who switch
    {
        "admin" => Admin,
        "lecturer" => Lecturer,
        "student" => Student,
        _ => NoGroup,
    };

    [Test]
    public async Task An_admin_creates_a_class_with_its_subject_and_lecturer_names()
    {
        var subjectId = await SubjectIdAsync();
        var lecturerId = await LecturerIdAsync();
        var body = ClassBody(subjectId, lecturerId, capacity: 25);
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/classes", body);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<JsonElement>();
        response.Headers.Location!.ToString().Should().Be($"/api/classes/{created.Id()}");
        response.Headers.ETag.Should().NotBeNull();
        created.GetProperty("code").GetString().Should().Be(body["code"]!.GetValue<string>());
        created.GetProperty("subjectCode").GetString().Should().StartWith((string?)await ScalarAsync("SELECT code FROM subjects WHERE id = $1", subjectId));
        created.GetProperty("subjectName").GetString().Should().StartWith("Subject ");
        created.GetProperty("lecturerName").GetString().Should().StartWith("Test Lecturer");
        created.GetProperty("capacity").GetInt32().Should().Be(25);
        created.GetProperty("enrolledCount").GetInt32().Should().Be(0);
        created.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("id", "code", "subjectId", "subjectCode",
            "subjectName", "lecturerId", "lecturerName", "term", "capacity", "enrolledCount", "schedule", "room");
    }

    [Test]
    public async Task A_class_without_a_lecturer_has_null_lecturer_fields()
    {
        var created = await CreateClassAsync();

        created.GetProperty("lecturerId").ValueKind.Should().Be(JsonValueKind.Null);
        created.GetProperty("lecturerName").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [TestCase("lecturer")]
    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Only_admins_create_classes(string who)
    {
        using var client = As(Who(who));

        using var response = await client.PostAsJsonAsync("/api/classes", ClassBody(await SubjectIdAsync()));

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_invalid_class_is_400_with_every_bad_field()
    {
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/classes", ClassBody(await SubjectIdAsync())
            .With(new { code = "bad code", term = "2026-S4", capacity = 501, room = new string('r', 51) }));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("code", "term", "capacity", "room");
    }

    [Test]
    public async Task An_unknown_subject_or_lecturer_is_400_on_those_fields()
    {
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/classes", ClassBody(Guid.NewGuid(), Guid.NewGuid()));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("subjectId", "lecturerId");
    }

    [Test]
    public async Task A_taken_code_is_409()
    {
        var existing = await CreateClassAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync("/api/classes",
            ClassBody(await SubjectIdAsync()).With(new { code = existing.GetProperty("code").GetString() }));

        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [TestCase("admin")]
    [TestCase("lecturer")]
    [TestCase("student")]
    [TestCase("nogroup")]
    public async Task Any_signed_in_user_reads_a_class_with_its_etag(string who)
    {
        var created = await CreateClassAsync();
        using var client = As(Who(who));

        using var response = await client.GetAsync($"/api/classes/{created.Id()}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        response.Headers.ETag.Should().NotBeNull();
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString()
            .Should().Be(created.GetProperty("code").GetString());
    }

    [Test]
    public async Task An_unknown_class_is_404()
    {
        using var client = As(Student);

        using var response = await client.GetAsync($"/api/classes/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Without_a_token_classes_are_401()
    {
        using var anonymous = Anonymous();

        using var response = await anonymous.GetAsync("/api/classes");

        response.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Test]
    public async Task The_list_filters_by_subject_term_and_lecturer_and_sorts()
    {
        var subjectId = await SubjectIdAsync();
        var lecturerId = await LecturerIdAsync();
        var term = $"{Random.Shared.Next(2100, 9999)}-S2";
        var small = await CreateClassAsync(capacity: 10, subjectId: subjectId, term: term, lecturerId: lecturerId);
        var large = await CreateClassAsync(capacity: 40, subjectId: subjectId, term: term);
        await CreateClassAsync(subjectId: subjectId);
        using var student = As(Student);

        var byTerm = await student.GetFromJsonAsync<JsonElement>($"/api/classes?subjectId={subjectId}&term={term}&sort=-capacity");
        var byLecturer = await student.GetFromJsonAsync<JsonElement>($"/api/classes?lecturerId={lecturerId}");
        var bySubject = await student.GetFromJsonAsync<JsonElement>($"/api/classes?subjectId={subjectId}&pageSize=2");

        Ids(byTerm).Should().Equal(large.Id(), small.Id());
        Ids(byLecturer).Should().Equal(small.Id());
        bySubject.GetProperty("totalCount").GetInt32().Should().Be(3);
        bySubject.GetProperty("totalPages").GetInt32().Should().Be(2);
        Ids(bySubject).Should().HaveCount(2);
    }

    [Test]
    public async Task The_list_searches_codes_ignoring_case()
    {
        var created = await CreateClassAsync();
        var code = created.GetProperty("code").GetString()!;
        using var lecturer = As(Lecturer);

        var found = await lecturer.GetFromJsonAsync<JsonElement>($"/api/classes?search={code[2..].ToLowerInvariant()}");

        Ids(found).Should().Equal(created.Id());
    }

    [TestCase("sort=room")]
    [TestCase("term=2026")]
    [TestCase("pageSize=101")]
    public async Task A_bad_list_parameter_is_400(string query)
    {
        using var admin = As(Admin);

        using var response = await admin.GetAsync($"/api/classes?{query}");

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task An_admin_updates_a_class_with_the_current_etag()
    {
        var created = await CreateClassAsync(capacity: 10);
        var lecturerId = await LecturerIdAsync();
        using var admin = As(Admin);
        using var read = await admin.GetAsync($"/api/classes/{created.Id()}");
        var etag = read.Headers.ETag!.Tag;

        using var response = await admin.SendAsync(Put(created, new { capacity = 12, lecturerId, room = "A-1" }, etag));

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var updated = await response.Content.ReadFromJsonAsync<JsonElement>();
        updated.GetProperty("capacity").GetInt32().Should().Be(12);
        updated.GetProperty("room").GetString().Should().Be("A-1");
        updated.GetProperty("lecturerName").GetString().Should().StartWith("Test Lecturer");
        response.Headers.ETag!.Tag.Should().NotBe(etag);
    }

    [Test]
    public async Task An_update_with_a_stale_etag_is_412()
    {
        var created = await CreateClassAsync();
        using var admin = As(Admin);

        using var response = await admin.SendAsync(Put(created, new { capacity = 12 }, "\"1\""));

        await response.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Capacity_below_the_students_enrolled_is_409()
    {
        var created = await CreateClassAsync(capacity: 5);
        await EnrollNewStudentAsync(created.Id());
        await EnrollNewStudentAsync(created.Id());
        using var admin = As(Admin);

        using var below = await admin.SendAsync(Put(created, new { capacity = 1 }));
        using var equal = await admin.SendAsync(Put(created, new { capacity = 2 }));

        (await below.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("below");
        await equal.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_update_to_an_unknown_subject_is_400_and_of_an_unknown_class_404()
    {
        var created = await CreateClassAsync();
        using var admin = As(Admin);

        using var badSubject = await admin.SendAsync(Put(created, new { subjectId = Guid.NewGuid() }));
        using var missing = await admin.PutAsJsonAsync($"/api/classes/{Guid.NewGuid()}", ClassBody(await SubjectIdAsync()));

        (await badSubject.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("subjectId");
        await missing.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("lecturer")]
    [TestCase("student")]
    public async Task Only_admins_update_or_delete_classes(string who)
    {
        var created = await CreateClassAsync();
        using var client = As(Who(who));

        using var update = await client.SendAsync(Put(created, new { capacity = 99 }));
        using var delete = await client.DeleteAsync($"/api/classes/{created.Id()}");

        await update.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await delete.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_admin_deletes_an_empty_class()
    {
        var created = await CreateClassAsync();
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/classes/{created.Id()}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        using var after = await admin.GetAsync($"/api/classes/{created.Id()}");
        await after.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task Deleting_a_class_with_enrollments_is_409_and_with_a_stale_etag_412()
    {
        var created = await CreateClassAsync();
        await EnrollNewStudentAsync(created.Id());
        using var admin = As(Admin);
        using var stale = new HttpRequestMessage(HttpMethod.Delete, $"/api/classes/{created.Id()}");
        stale.Headers.TryAddWithoutValidation("If-Match", "\"1\"");

        using var withStudents = await admin.DeleteAsync($"/api/classes/{created.Id()}");
        using var staleResponse = await admin.SendAsync(stale);

        (await withStudents.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Contain("enrolled");
        await staleResponse.ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
    }

    [Test]
    public async Task Deleting_an_unknown_class_is_404()
    {
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/classes/{Guid.NewGuid()}");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("items").EnumerateArray().Select(c => c.Id());

    private static HttpRequestMessage Put(JsonElement existing, object overrides, string? ifMatch = null)
    {
        var body = ClassBody(existing.GetProperty("subjectId").GetGuid(), capacity: existing.GetProperty("capacity").GetInt32(),
                term: existing.GetProperty("term").GetString()!)
            .With(new { code = existing.GetProperty("code").GetString() })
            .With(overrides);

        var request = new HttpRequestMessage(HttpMethod.Put, $"/api/classes/{existing.Id()}") { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
