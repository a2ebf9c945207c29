using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;
using static CleanStudents.WebApi.AcceptanceTests.Support.Teaching;

namespace CleanStudents.WebApi.AcceptanceTests.Students;

/// <summary>A student's enrollments and transcript, and deleting a student who sits in classes.</summary>
public sealed class StudentRecordTests
{
    [TestCase("admin")]
    [TestCase("lecturer")]
    [TestCase("that student")]
    public async Task Admins_lecturers_and_the_student_see_their_enrollments(string who)
    {
        var self = await SignUpStudentAsync("enrolled");
        var offered = await CreateClassAsync();
        await EnrolledAsync(Admin, offered.Id(), self.StudentId!.Value);

        using var client = As(who switch { "admin" => Admin, "lecturer" => Lecturer, _ => self });

        var enrollments = await client.GetFromJsonAsync<JsonElement>($"/api/students/{self.StudentId}/enrollments");

        enrollments.EnumerateArray().Select(e => e.GetProperty("classId").GetGuid()).Should().Equal(offered.Id());
    }

    [Test]
    public async Task Another_student_sees_neither_enrollments_nor_transcript()
    {
        var other = await CreateStudentAsync();
        using var client = As(Student);

        using var enrollments = await client.GetAsync($"/api/students/{other.Id()}/enrollments");
        using var transcript = await client.GetAsync($"/api/students/{other.Id()}/transcript");

        await enrollments.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        await transcript.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task An_unknown_student_is_404()
    {
        using var admin = As(Admin);

        using var enrollments = await admin.GetAsync($"/api/students/{Guid.NewGuid()}/enrollments");
        using var transcript = await admin.GetAsync($"/api/students/{Guid.NewGuid()}/transcript");

        await enrollments.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await transcript.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_transcript_orders_by_term_then_subject_and_totals_graded_classes()
    {
        var self = await SignUpStudentAsync("transcript");
        var studentId = self.StudentId!.Value;
        var later = await CreateClassAsync(term: "2026-S2", subjectId: await SubjectIdAsync(credits: 4));
        var failed = await CreateClassAsync(term: "2025-S1", subjectId: await SubjectIdAsync(credits: 2));
        var ungraded = await CreateClassAsync(term: "2027-S1", subjectId: await SubjectIdAsync(credits: 6));
        foreach (var offered in new[] { later, failed, ungraded })
        {
            await EnrolledAsync(Admin, offered.Id(), studentId);
        }

        await GradeAsync(later.Id(), studentId, 7.0m);
        await GradeAsync(failed.Id(), studentId, 3.99m);
        using var client = As(self);

        var transcript = await client.GetFromJsonAsync<JsonElement>($"/api/students/{studentId}/transcript");

        transcript.GetProperty("studentNumber").GetString().Should().NotBeNullOrEmpty();
        transcript.GetProperty("fullName").GetString().Should().StartWith("Test Student");
        var entries = transcript.GetProperty("entries").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("classId").GetGuid()).Should().Equal(failed.Id(), later.Id(), ungraded.Id());
        entries[0].GetProperty("letterGrade").GetString().Should().Be("F");
        entries[1].GetProperty("gradePoints").GetInt32().Should().Be(3);
        entries[1].GetProperty("credits").GetInt32().Should().Be(4);
        entries[2].GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        // B over 4 credits and F over 2: 12 points / 6 credits attempted; only the B earns credit.
        transcript.GetProperty("creditsAttempted").GetInt32().Should().Be(6);
        transcript.GetProperty("creditsEarned").GetInt32().Should().Be(4);
        transcript.GetProperty("gpa").GetDecimal().Should().Be(2.00m);
    }

    [Test]
    public async Task A_transcript_with_nothing_graded_has_gpa_0()
    {
        var offered = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(offered.Id());
        using var admin = As(Admin);

        var transcript = await admin.GetFromJsonAsync<JsonElement>($"/api/students/{studentId}/transcript");

        transcript.GetProperty("entries").GetArrayLength().Should().Be(1);
        transcript.GetProperty("creditsAttempted").GetInt32().Should().Be(0);
        transcript.GetProperty("gpa").GetDecimal().Should().Be(0m);
    }

    [Test]
    public async Task Lecturers_do_not_see_transcripts()
    {
        using var client = As(Lecturer);

        using var response = await client.GetAsync($"/api/students/{Student.StudentId}/transcript");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Deleting_a_student_gives_their_ungraded_seats_back()
    {
        var offered = await CreateClassAsync(capacity: 2);
        var studentId = await EnrollNewStudentAsync(offered.Id());
        await EnrollNewStudentAsync(offered.Id());
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/students/{studentId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM enrollments WHERE student_id = $1", studentId)).Should().Be(0L);
    }

    [Test]
    public async Task Deleting_a_student_with_graded_enrollments_is_409_and_changes_nothing()
    {
        var graded = await CreateClassAsync();
        var ungraded = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(graded.Id());
        await EnrolledAsync(Admin, ungraded.Id(), studentId);
        await GradeAsync(graded.Id(), studentId, 9m);
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/students/{studentId}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Contain("Withdrawn");
        (await GetClassAsync(ungraded.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(1);
        (await ScalarAsync("SELECT count(*) FROM enrollments WHERE student_id = $1", studentId)).Should().Be(2L);
    }
}
