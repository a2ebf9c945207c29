using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;
using static CleanStudents.WebApi.AcceptanceTests.Support.Teaching;

namespace CleanStudents.WebApi.AcceptanceTests.Enrollments;

public sealed class EnrollTests
{
    [Test]
    public async Task An_admin_enrolls_a_student_and_takes_a_seat()
    {
        var offered = await CreateClassAsync(capacity: 3);
        var student = await CreateStudentAsync();

        using var response = await EnrollAsync(Admin, offered.Id(), student.Id());

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        response.Headers.Location!.ToString().Should().Be($"/api/classes/{offered.Id()}/enrollments/{student.Id()}");
        var enrollment = await response.Content.ReadFromJsonAsync<JsonElement>();
        enrollment.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("classId", "studentId", "studentNumber",
            "studentName", "enrolledAt", "score", "letterGrade", "gradePoints");
        enrollment.GetProperty("studentNumber").GetString().Should().Be(student.GetProperty("studentNumber").GetString());
        enrollment.GetProperty("studentName").GetString().Should().Be(student.GetProperty("fullName").GetString());
        enrollment.GetProperty("score").ValueKind.Should().Be(JsonValueKind.Null);
        enrollment.GetProperty("letterGrade").ValueKind.Should().Be(JsonValueKind.Null);
        enrollment.GetProperty("gradePoints").ValueKind.Should().Be(JsonValueKind.Null);
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task A_student_enrolls_themself()
    {
        var offered = await CreateClassAsync();
        var self = await SignUpStudentAsync("self-enroller");

        using var response = await EnrollAsync(self, offered.Id(), self.StudentId!.Value);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task A_student_enrolling_someone_else_is_403()
    {
        var offered = await CreateClassAsync();
        var other = await CreateStudentAsync();

        using var response = await EnrollAsync(Student, offered.Id(), other.Id());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(0);
    }

    [TestCase("lecturer")]
    [TestCase("nogroup")]
    public async Task Lecturers_and_users_without_a_role_do_not_enroll(string who)
    {
        var offered = await CreateClassAsync();
        var student = await CreateStudentAsync();

        using var response = await EnrollAsync(who == "lecturer" ? Lecturer : NoGroup, offered.Id(), student.Id());

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_full_class_is_409()
    {
        var offered = await CreateClassAsync(capacity: 1);
        await EnrollNewStudentAsync(offered.Id());

        using var response = await EnrollAsync(Admin, offered.Id(), (await CreateStudentAsync()).Id());

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("full");
    }

    [Test]
    public async Task Enrolling_twice_is_409()
    {
        var offered = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(offered.Id());

        using var response = await EnrollAsync(Admin, offered.Id(), studentId);

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString()
            .Should().Contain("already enrolled");
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task An_unknown_class_is_404_and_an_unknown_student_400()
    {
        var offered = await CreateClassAsync();

        using var noClass = await EnrollAsync(Admin, Guid.NewGuid(), (await CreateStudentAsync()).Id());
        using var noStudent = await EnrollAsync(Admin, offered.Id(), Guid.NewGuid());

        await noClass.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await noStudent.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("studentId");
    }

    [Test]
    public async Task A_body_without_a_student_is_400()
    {
        var offered = await CreateClassAsync();
        using var admin = As(Admin);

        using var response = await admin.PostAsJsonAsync($"/api/classes/{offered.Id()}/enrollments", new { });

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("studentId");
    }

    [Test]
    public async Task Thirty_simultaneous_enrollments_over_http_fill_five_seats_exactly()
    {
        var offered = await CreateClassAsync(capacity: 5);
        var students = await Task.WhenAll(Enumerable.Range(0, 30).Select(_ => CreateStudentAsync()));

        var statuses = await Task.WhenAll(students.Select(async s =>
        {
            using var response = await EnrollAsync(Admin, offered.Id(), s.Id());
            return response.StatusCode;
        }));

        statuses.Count(s => s == HttpStatusCode.Created).Should().Be(5);
        statuses.Count(s => s == HttpStatusCode.Conflict).Should().Be(25);
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(5);
        (await ScalarAsync("SELECT count(*) FROM enrollments WHERE class_id = $1", offered.Id())).Should().Be(5L);
    }
}
