using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;
using static CleanStudents.WebApi.AcceptanceTests.Support.Teaching;

namespace CleanStudents.WebApi.AcceptanceTests.Enrollments;

public sealed class RosterAndScoreTests
{
    [Test]
    public async Task The_classes_lecturer_sees_the_roster_with_scores()
    {
        var (teacher, lecturerId) = await SignUpTeacherAsync();
        var offered = await CreateClassAsync(lecturerId: lecturerId);
        var graded = await EnrollNewStudentAsync(offered.Id());
        await EnrollNewStudentAsync(offered.Id());
        await GradeAsync(offered.Id(), graded, 8.5m);
        using var client = As(teacher);

        var roster = await client.GetFromJsonAsync<JsonElement>($"/api/classes/{offered.Id()}/enrollments");

        roster.GetArrayLength().Should().Be(2);
        var entry = roster.EnumerateArray().Single(e => e.GetProperty("studentId").GetGuid() == graded);
        entry.GetProperty("score").GetDecimal().Should().Be(8.5m);
        entry.GetProperty("letterGrade").GetString().Should().Be("A");
        entry.GetProperty("gradePoints").GetInt32().Should().Be(4);
    }

    [Test]
    public async Task An_admin_sees_any_roster_and_an_unknown_class_is_404()
    {
        var offered = await CreateClassAsync();
        await EnrollNewStudentAsync(offered.Id());
        using var admin = As(Admin);

        var roster = await admin.GetFromJsonAsync<JsonElement>($"/api/classes/{offered.Id()}/enrollments");
        using var unknown = await admin.GetAsync($"/api/classes/{Guid.NewGuid()}/enrollments");

        roster.GetArrayLength().Should().Be(1);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [TestCase("other lecturer")]
    [TestCase("student")]
    public async Task Others_do_not_see_a_roster(string who)
    {
        var (_, lecturerId) = await SignUpTeacherAsync();
        var offered = await CreateClassAsync(lecturerId: lecturerId);
        var (otherLecturer, _) = await SignUpTeacherAsync();
        using var client = As(who == "student" ? Student : otherLecturer);

        using var response = await client.GetAsync($"/api/classes/{offered.Id()}/enrollments");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_classes_lecturer_scores_and_the_grade_follows()
    {
        var (teacher, lecturerId) = await SignUpTeacherAsync();
        var offered = await CreateClassAsync(lecturerId: lecturerId);
        var studentId = await EnrollNewStudentAsync(offered.Id());

        using var response = await ScoreAsync(teacher, offered.Id(), studentId, 6.99m);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var enrollment = await response.Content.ReadFromJsonAsync<JsonElement>();
        enrollment.GetProperty("score").GetDecimal().Should().Be(6.99m);
        enrollment.GetProperty("letterGrade").GetString().Should().Be("C");
        enrollment.GetProperty("gradePoints").GetInt32().Should().Be(2);
    }

    [Test]
    public async Task An_admin_scores_and_null_clears_the_grade()
    {
        var offered = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(offered.Id());
        await GradeAsync(offered.Id(), studentId, 3.99m);

        using var response = await ScoreAsync(Admin, offered.Id(), studentId, null);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var enrollment = await response.Content.ReadFromJsonAsync<JsonElement>();
        enrollment.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        enrollment.GetProperty("letterGrade").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [TestCase("other lecturer")]
    [TestCase("student")]
    public async Task Others_do_not_score(string who)
    {
        var (_, lecturerId) = await SignUpTeacherAsync();
        var offered = await CreateClassAsync(lecturerId: lecturerId);
        var (otherLecturer, _) = await SignUpTeacherAsync();
        var self = await SignUpStudentAsync("self-scorer");
        await EnrolledAsync(self, offered.Id(), self.StudentId!.Value);

        using var response = await ScoreAsync(who == "student" ? self : otherLecturer, offered.Id(), self.StudentId!.Value, 10m);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [TestCase("10.01")]
    [TestCase("-0.01")]
    [TestCase("1.234")]
    public async Task A_score_off_the_scale_is_400(string score)
    {
        var offered = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(offered.Id());

        using var response = await ScoreAsync(Admin, offered.Id(), studentId,
            decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("score");
    }

    [Test]
    public async Task Scoring_a_student_who_is_not_enrolled_is_404()
    {
        var offered = await CreateClassAsync();

        using var response = await ScoreAsync(Admin, offered.Id(), Guid.NewGuid(), 5m);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
