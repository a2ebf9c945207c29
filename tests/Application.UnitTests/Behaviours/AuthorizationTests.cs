using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.UnitTests.Support;

namespace CleanStudents.Application.UnitTests.Behaviours;

public sealed class AuthorizationTests
{
    private static readonly Guid MyStudentId = Guid.NewGuid();

    [TestCase(Role.Admin)]
    [TestCase(Role.Lecturer)]
    public async Task A_listed_role_is_let_through(Role role)
    {
        using var host = new PipelineHost(FakeCurrentUser.In(role));

        var result = await host.Sender.Send(new PeekQuery(Guid.NewGuid()));

        result.IsSuccess.Should().BeTrue();
    }

    [Test]
    public async Task The_owning_student_is_let_through()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Student), new FakeCallerLinks(MyStudentId));

        var result = await host.Sender.Send(new PeekQuery(MyStudentId));

        result.IsSuccess.Should().BeTrue();
    }

    [Test]
    public async Task Another_student_is_forbidden()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Student), new FakeCallerLinks(MyStudentId));

        var result = await host.Sender.Send(new PeekQuery(Guid.NewGuid()));

        result.Error!.Kind.Should().Be(ErrorKind.Forbidden);
        host.Journal.Should().BeEmpty();
    }

    [Test]
    public async Task A_class_member_is_its_lecturer_or_a_student_enrolled_in_it()
    {
        var classId = Guid.NewGuid();
        using var lecturer = new PipelineHost(FakeCurrentUser.In(Role.Lecturer), new FakeCallerLinks(null, Guid.NewGuid(), classId));
        using var student = new PipelineHost(FakeCurrentUser.In(Role.Student), new FakeCallerLinks(MyStudentId) { AttendedClasses = [classId] });

        (await lecturer.Sender.Send(new PeekClassQuery(classId))).IsSuccess.Should().BeTrue();
        (await student.Sender.Send(new PeekClassQuery(classId))).IsSuccess.Should().BeTrue();
    }

    [Test]
    public async Task A_student_of_another_class_a_lecturer_of_another_class_and_an_enrolled_user_outside_the_group_are_forbidden()
    {
        var classId = Guid.NewGuid();
        var elsewhere = Guid.NewGuid();
        using var otherStudent = new PipelineHost(FakeCurrentUser.In(Role.Student), new FakeCallerLinks(MyStudentId) { AttendedClasses = [elsewhere] });
        using var otherLecturer = new PipelineHost(FakeCurrentUser.In(Role.Lecturer), new FakeCallerLinks(null, Guid.NewGuid(), elsewhere));
        using var noGroup = new PipelineHost(FakeCurrentUser.In(), new FakeCallerLinks(MyStudentId) { AttendedClasses = [classId] });

        foreach (var host in new[] { otherStudent, otherLecturer, noGroup })
        {
            var result = await host.Sender.Send(new PeekClassQuery(classId));
            result.Error!.Kind.Should().Be(ErrorKind.Forbidden);
            host.Journal.Should().BeEmpty();
        }
    }

    [Test]
    public async Task A_linked_user_without_the_student_group_is_not_an_owner()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(), new FakeCallerLinks(MyStudentId));

        var result = await host.Sender.Send(new PeekQuery(MyStudentId));

        result.Error!.Kind.Should().Be(ErrorKind.Forbidden);
    }
}
