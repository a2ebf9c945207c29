using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.UnitTests.Mediator;

/// <summary>
/// The pipeline order is a decision (logging → authorization → validation → performance →
/// metrics → transaction → handler); these tests fail when it changes.
/// </summary>
public sealed class PipelineOrderTests
{
    [Test]
    public void Behaviours_are_registered_outermost_first_in_the_documented_order() =>
        Pipeline.Of(new ServiceCollection().AddApplication(), typeof(CreateStudentCommand)).Should().Equal(Pipeline.Documented);

    [Test]
    public async Task Authorization_runs_before_validation_so_strangers_learn_nothing_about_input_rules()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Student));

        var result = await host.Sender.Send(new RenameCommand(""));

        result.Error!.Kind.Should().Be(ErrorKind.Forbidden);
        host.Journal.Should().BeEmpty();
    }

    [Test]
    public async Task An_anonymous_caller_is_unauthorized_before_anything_else()
    {
        using var host = new PipelineHost(FakeCurrentUser.Anonymous);

        var result = await host.Sender.Send(new RenameCommand(""));

        result.Error!.Kind.Should().Be(ErrorKind.Unauthorized);
    }

    [Test]
    public async Task Validation_runs_before_the_transaction_so_bad_input_never_opens_one()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RenameCommand(""));

        result.Error!.Kind.Should().Be(ErrorKind.Validation);
        result.Error.Fields.Should().ContainKey("Name");
        host.Journal.Should().BeEmpty();
    }

    [Test]
    public async Task A_valid_command_runs_its_handler_inside_a_committed_transaction_and_counts_after_the_commit()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RenameCommand("new name"));

        result.Value.Should().Be("new name");
        host.Journal.Should().Equal("begin", "handler", "commit", "count StudentsCreated");
    }

    [Test]
    public async Task A_failed_command_is_rolled_back_and_counts_nothing()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RenameCommand("refuse"));

        result.Error!.Kind.Should().Be(ErrorKind.Conflict);
        host.Journal.Should().Equal("begin", "handler", "rollback");
    }

    [Test]
    public async Task A_constraint_the_database_enforces_becomes_a_conflict()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RenameCommand("taken"));

        result.Error.Should().BeEquivalentTo(new { Kind = ErrorKind.Conflict, Detail = "That name is taken." });
    }

    [Test]
    public async Task An_unconditional_change_that_loses_a_race_runs_again_on_fresh_data()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RetouchCommand(LosingRaces: 1));

        result.Value.Should().Be("retouched");
        host.Journal.Should().Equal("begin", "handler", "begin", "handler", "commit");
    }

    [Test]
    public async Task A_change_conditional_on_if_match_that_loses_a_race_is_a_precondition_failure_at_once()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RetouchCommand(LosingRaces: 1, ExpectedVersion: 7));

        result.Error!.Kind.Should().Be(ErrorKind.PreconditionFailed);
        host.Journal.Should().Equal("begin", "handler");
    }

    [Test]
    public async Task An_unconditional_change_that_keeps_losing_races_gives_up_with_a_precondition_failure()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var result = await host.Sender.Send(new RetouchCommand(LosingRaces: int.MaxValue));

        result.Error!.Kind.Should().Be(ErrorKind.PreconditionFailed);
        host.Journal.Count(entry => entry == "handler").Should().Be(3);
    }

    [Test]
    public async Task A_query_runs_without_a_transaction()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Lecturer));

        var result = await host.Sender.Send(new PeekQuery(Guid.NewGuid()));

        result.Value.Should().Be("peeked");
        host.Journal.Should().Equal("handler");
    }

    [Test]
    public async Task Unexpected_exceptions_are_logged_with_the_use_case_and_rethrown()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        var send = () => host.Sender.Send(new RenameCommand("boom")).AsTask();

        await send.Should().ThrowAsync<InvalidOperationException>().WithMessage("boom");
        host.Logs.Entries.Should().Contain(e => e.Level == LogLevel.Error && e.Message.Contains(nameof(RenameCommand)));
    }

    [Test]
    public async Task Every_handled_use_case_is_logged_with_its_elapsed_time()
    {
        using var host = new PipelineHost(FakeCurrentUser.In(Role.Admin));

        await host.Sender.Send(new RenameCommand("logged"));

        host.Logs.Entries.Should().Contain(e => e.Message.StartsWith("Use case RenameCommand handled in", StringComparison.Ordinal));
    }
}
