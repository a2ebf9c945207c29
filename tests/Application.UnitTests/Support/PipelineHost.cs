using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Students.Commands.CreateStudent;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.UnitTests.Support;

/// <summary>
/// The real Application registrations with fakes for the ports, and a mediator generated for the test requests
/// that runs them through the application's pipeline.
/// </summary>
internal sealed class PipelineHost : IDisposable
{
    private readonly ServiceProvider _provider;
    private readonly IServiceScope _scope;

    public PipelineHost(ICurrentUser user, ICallerLinks? links = null)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(Logs));
        services.AddApplication();
        services.AddSingleton(Journal);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(user);
        services.AddSingleton(links ?? new FakeCallerLinks());
        services.AddSingleton<IUnitOfWork>(new RecordingUnitOfWork(Journal));
        services.AddSingleton<IBusinessMetrics>(new RecordingMetrics(Journal));
        services.AddScoped<IValidator<RenameCommand>, RenameCommandValidator>();
        AddTestMediator(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateScope();
    }

    public List<string> Journal { get; } = [];

    public RecordingLoggerProvider Logs { get; } = new();

    public ISender Sender => _scope.ServiceProvider.GetRequiredService<Generated.Mediator>();

    /// <summary>
    /// The test requests' own generated mediator, each request wrapped by the behaviours the application's generator
    /// gives a real command, in the same order.
    /// </summary>
    private static void AddTestMediator(IServiceCollection services)
    {
        // Called by its class name: the application's internal copy of this extension is visible here too.
        MediatorDependencyInjectionExtensions.AddMediator(services);
        var applicationPipeline = Pipeline.Of(services, typeof(CreateStudentCommand));
        AddPipeline<RenameCommand, Result<string>>(services, applicationPipeline);
        AddPipeline<RetouchCommand, Result<string>>(services, applicationPipeline);
        AddPipeline<PeekQuery, Result<string>>(services, applicationPipeline);
        AddPipeline<PeekClassQuery, Result<string>>(services, applicationPipeline);
    }

    private static void AddPipeline<TRequest, TResponse>(IServiceCollection services, IEnumerable<Type> behaviours)
        where TRequest : IMessage
    {
        foreach (var behaviour in behaviours)
        {
            services.AddScoped(typeof(IPipelineBehavior<TRequest, TResponse>), behaviour.MakeGenericType(typeof(TRequest), typeof(TResponse)));
        }
    }

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
