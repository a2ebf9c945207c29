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
    public async Task A_linked_user_without_the_student_group_is_not_an_owner()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(), new FakeCallerLinks(MyStudentId));

        var result = await host.Sender.Send(new PeekQuery(MyStudentId));

        result.Error!.Kind.Should().Be(ErrorKind.Forbidden);
    }
}
