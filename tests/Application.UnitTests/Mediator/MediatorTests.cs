using CleanStudents.Application.Common.Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Application.UnitTests.Mediator;

public sealed class MediatorTests
{
    public sealed record Ping(int Value) : IRequest<int>;

    private sealed class PingHandler : IRequestHandler<Ping, int>
    {
        public Task<int> Handle(Ping request, CancellationToken cancellationToken) => Task.FromResult(request.Value + 1);
    }

    private sealed class Recording<TRequest, TResponse>(List<string> journal, string name) : IPipelineBehavior<TRequest, TResponse>
        where TRequest : notnull
    {
        public async Task<TResponse> Handle(TRequest request, RequestHandlerDelegate<TResponse> next,
            CancellationToken cancellationToken)
        {
            journal.Add($"{name} in");
            var response = await next();
            journal.Add($"{name} out");
            return response;
        }
    }

    [Test]
    public async Task Behaviours_wrap_the_handler_in_registration_order()
    {
        var journal = new List<string>();
        var services = new ServiceCollection();
        services.AddScoped<ISender, Common.Mediator.Mediator>();
        services.AddScoped<IRequestHandler<Ping, int>, PingHandler>();
        services.AddScoped<IPipelineBehavior<Ping, int>>(_ => new Recording<Ping, int>(journal, "outer"));
        services.AddScoped<IPipelineBehavior<Ping, int>>(_ => new Recording<Ping, int>(journal, "inner"));
        using var provider = services.BuildServiceProvider();

        var sender = provider.GetRequiredService<ISender>();
        var first = await sender.Send(new Ping(1));
        var second = await sender.Send(new Ping(41));

        first.Should().Be(2);
        second.Should().Be(42);
        journal.Should().Equal("outer in", "inner in", "inner out", "outer out", "outer in", "inner in", "inner out", "outer out");
    }

    [Test]
    public async Task A_request_without_a_handler_is_a_configuration_error()
    {
        using var provider = new ServiceCollection().AddScoped<ISender, Common.Mediator.Mediator>().BuildServiceProvider();

        var send = () => provider.GetRequiredService<ISender>().Send(new Ping(1));

        await send.Should().ThrowAsync<InvalidOperationException>();
    }
}
