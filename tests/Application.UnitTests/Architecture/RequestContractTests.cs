using CleanStudents.Application.Common.Security;
using CleanStudents.Application.UnitTests.Support;

namespace CleanStudents.Application.UnitTests.Architecture;

/// <summary>Secure by default: a request that does not say who may send it must not ship.</summary>
public sealed class RequestContractTests
{
    private static readonly Type[] RequestTypes = Pipeline.MessagesIn(typeof(DependencyInjection).Assembly);

    private static readonly Type[] HandlerTypes =
        [typeof(global::Mediator.ICommandHandler<,>), typeof(global::Mediator.IQueryHandler<,>), typeof(global::Mediator.IRequestHandler<,>)];

    [Test]
    public void The_application_has_requests() => RequestTypes.Should().NotBeEmpty();

    [TestCaseSource(nameof(RequestTypes))]
    public void Every_request_declares_its_access(Type requestType)
    {
        var read = () => AccessPolicy.For(requestType);

        read.Should().NotThrow();
    }

    [TestCaseSource(nameof(RequestTypes))]
    public void Every_request_has_exactly_one_handler(Type requestType)
    {
        var handlers = typeof(DependencyInjection).Assembly.GetTypes().Where(t => t.GetInterfaces().Any(i =>
            i.IsGenericType && HandlerTypes.Contains(i.GetGenericTypeDefinition()) && i.GetGenericArguments()[0] == requestType));

        handlers.Should().ContainSingle();
    }

    [Test]
    public void A_request_without_a_declaration_is_refused()
    {
        var read = () => AccessPolicy.For(typeof(Undeclared));

        read.Should().Throw<InvalidOperationException>().WithMessage("*declares no [Authorize]*");
    }

    [Test]
    public void An_owner_rule_needs_the_matching_scope()
    {
        var read = () => AccessPolicy.For(typeof(OwnerWithoutScope));

        read.Should().Throw<InvalidOperationException>().WithMessage("*does not implement IStudentScoped*");
    }

    private sealed record Undeclared;

    [Authorize(Owner = Owner.Student)]
    private sealed record OwnerWithoutScope;
}
