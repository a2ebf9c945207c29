using CleanStudents.Application.Common.Behaviours;
using CleanStudents.Application.UnitTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Application.UnitTests.Architecture;

/// <summary>
/// Authorization, validation, metrics and the transaction apply only to a message that answers with a Result; the
/// generator leaves them out, without a word, for any other. So every message must get the whole pipeline.
/// </summary>
public sealed class PipelineCoverageTests
{
    private static readonly Type[] Messages = Pipeline.MessagesIn(typeof(DependencyInjection).Assembly);

    private static readonly IServiceCollection Application = new ServiceCollection().AddApplication();

    [Test]
    public void The_application_has_messages() => Messages.Should().NotBeEmpty();

    [TestCaseSource(nameof(Messages))]
    public void Every_message_runs_through_the_whole_pipeline(Type message) =>
        Pipeline.Of(Application, message).Should().Equal(Pipeline.Documented);

    [TestCase(typeof(AuthorizationBehaviour<,>))]
    [TestCase(typeof(ValidationBehaviour<,>))]
    [TestCase(typeof(MetricsBehaviour<,>))]
    [TestCase(typeof(TransactionBehaviour<,>))]
    public void A_message_that_answers_with_no_result_cannot_have_the_guards(Type behaviour)
    {
        var close = () => behaviour.MakeGenericType(typeof(UnguardedPing), typeof(int));

        close.Should().Throw<ArgumentException>("the generator leaves out what it cannot close, so the check above fails");
    }
}
