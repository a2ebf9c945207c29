using Mediator;
using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Application.Common.Behaviours;

public sealed class PerformanceOptions
{
    public const string Section = "Performance";

    /// <summary>A use case slower than this is logged as a warning.</summary>
    public int SlowUseCaseMilliseconds { get; set; } = 500;
}

/// <summary>Logs each use case with its elapsed time, as a warning when it is slow.</summary>
public sealed class PerformanceBehaviour<TRequest, TResponse>(ILogger<TRequest> logger,
    IOptions<PerformanceOptions> options) : IPipelineBehavior<TRequest, TResponse>
    where TRequest : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TRequest request, MessageHandlerDelegate<TRequest, TResponse> next,
        CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(request, cancellationToken);
        var elapsedMs = (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds;

        var level = elapsedMs > options.Value.SlowUseCaseMilliseconds ? LogLevel.Warning : LogLevel.Information;
        if (logger.IsEnabled(level))
        {
            logger.Log(level, "Use case {UseCase} handled in {ElapsedMs} ms", typeof(TRequest).Name, elapsedMs);
        }

        return response;
    }
}
