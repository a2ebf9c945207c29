using CleanStudents.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// Locally, what EventBridge Scheduler does on AWS: runs the scheduled commands on a timer, through the same code as
/// <c>POST /events</c>. Not registered on Lambda, where a frozen container would run nothing.
/// </summary>
internal sealed class LocalSchedule(IServiceScopeFactory scopes, IOptions<QueueOptions> queue,
    IOptions<IdempotencyOptions> idempotency, TimeProvider clock, ILogger<LocalSchedule> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.WhenAll(
        EveryAsync(TimeSpan.FromSeconds(queue.Value.LocalSweepIntervalSeconds), ScheduledCommands.OutboxSweep, stoppingToken),
        EveryAsync(idempotency.Value.CleanupInterval, ScheduledCommands.ExpireIdempotencyKeys, stoppingToken));

    private async Task EveryAsync(TimeSpan interval, string command, CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, clock);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await RunAsync(command, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RunAsync(string command, CancellationToken stoppingToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await ScheduledCommands.RunAsync(scope.ServiceProvider, command, stoppingToken);
        }
        catch (Exception e) when (!stoppingToken.IsCancellationRequested)
        {
            // The database may be restarting: the next tick tries again.
            logger.LogWarning(e, "The scheduled command {Command} failed", command);
        }
    }
}
