using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Security;
using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.UnitTests.Support;

/// <summary>The real Application registrations with fakes for the ports, and the test requests' handlers.</summary>
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
        services.AddScoped<IRequestHandler<RenameCommand, Common.Results.Result<string>>, RenameCommandHandler>();
        services.AddScoped<IRequestHandler<PeekQuery, Common.Results.Result<string>>, PeekQueryHandler>();
        services.AddScoped<IValidator<RenameCommand>, RenameCommandValidator>();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        _scope = _provider.CreateScope();
    }

    public List<string> Journal { get; } = [];

    public RecordingLoggerProvider Logs { get; } = new();

    public ISender Sender => _scope.ServiceProvider.GetRequiredService<ISender>();

    public void Dispose()
    {
        _scope.Dispose();
        _provider.Dispose();
    }
}
