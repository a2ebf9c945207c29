using System.Net;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;
using static CleanStudents.WebApi.AcceptanceTests.Support.Teaching;

namespace CleanStudents.WebApi.AcceptanceTests.Enrollments;

public sealed class WithdrawTests
{
    [Test]
    public async Task An_admin_withdraws_a_student_and_the_seat_comes_back()
    {
        var offered = await CreateClassAsync(capacity: 1);
        var studentId = await EnrollNewStudentAsync(offered.Id());
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/classes/{offered.Id()}/enrollments/{studentId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(0);
        await EnrollNewStudentAsync(offered.Id());
    }

    [Test]
    public async Task A_student_withdraws_themself()
    {
        var offered = await CreateClassAsync();
        var self = await SignUpStudentAsync("self-withdrawer");
        await EnrolledAsync(self, offered.Id(), self.StudentId!.Value);

        using var client = As(self);
        using var response = await client.DeleteAsync($"/api/classes/{offered.Id()}/enrollments/{self.StudentId}");

        await response.ShouldHaveStatusAsync(HttpStatusCode.NoContent);
    }

    [TestCase("student")]
    [TestCase("lecturer")]
    public async Task Nobody_else_withdraws_a_student(string who)
    {
        var offered = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(offered.Id());
        using var client = As(who == "student" ? Student : Lecturer);

        using var response = await client.DeleteAsync($"/api/classes/{offered.Id()}/enrollments/{studentId}");

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task A_graded_enrollment_is_409()
    {
        var offered = await CreateClassAsync();
        var studentId = await EnrollNewStudentAsync(offered.Id());
        await GradeAsync(offered.Id(), studentId, 0m);
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync($"/api/classes/{offered.Id()}/enrollments/{studentId}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.Conflict)).GetProperty("detail").GetString().Should().Contain("graded");
        (await GetClassAsync(offered.Id())).GetProperty("enrolledCount").GetInt32().Should().Be(1);
    }

    [Test]
    public async Task Withdrawing_from_an_unknown_class_or_enrollment_is_404()
    {
        var offered = await CreateClassAsync();
        using var admin = As(Admin);

        using var noClass = await admin.DeleteAsync($"/api/classes/{Guid.NewGuid()}/enrollments/{Guid.NewGuid()}");
        using var noEnrollment = await admin.DeleteAsync($"/api/classes/{offered.Id()}/enrollments/{Guid.NewGuid()}");

        await noClass.ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await noEnrollment.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}
