using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Invitations.Commands.RetryDueInvitation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Invitations;

/// <summary>
/// Every <see cref="InvitationRetryOptions.PollSeconds"/>, retries the queued invitations that are due, one command
/// (and transaction) each. On Lambda it runs whenever the container is thawed for a request.
/// </summary>
internal sealed class PendingInvitationsWorker(IServiceScopeFactory scopes, IOptions<InvitationRetryOptions> options,
    TimeProvider clock, ILogger<PendingInvitationsWorker> logger) : BackgroundService
{
    // Bounds one round, so a queue that keeps failing cannot keep the worker busy.
    private const int MaxPerRound = 100;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(options.Value.PollSeconds);
        try
        {
            while (true)
            {
                // Wait first: a cold start (and its migrations) comes before background work.
                await Task.Delay(interval, clock, stoppingToken);
                await RetryDueAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }

    private async Task RetryDueAsync(CancellationToken stoppingToken)
    {
        try
        {
            for (var round = 0; round < MaxPerRound; round++)
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await scope.ServiceProvider.GetRequiredService<ISender>()
                    .Send(new RetryDueInvitationCommand(), stoppingToken);
                if (!result.IsSuccess || !result.Value)
                {
                    return;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Retrying queued invitations failed; trying again in {PollSeconds} s", options.Value.PollSeconds);
        }
    }
}
