using CleanStudents.Infrastructure.Persistence.Idempotency;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// The periodic jobs, by the name EventBridge Scheduler sends as <c>{"command": "..."}</c> (and the local timer runs
/// the same way). Each returns how many items it handled.
/// </summary>
internal static class ScheduledCommands
{
    public const string OutboxSweep = "outbox-sweep";
    public const string ExpireIdempotencyKeys = "expire-idempotency-keys";

    public static IReadOnlyList<string> Names { get; } = [OutboxSweep, ExpireIdempotencyKeys];

    /// <summary>Runs the named job; false when there is no job of that name.</summary>
    public static async Task<(bool Known, int Handled)> RunAsync(IServiceProvider services, string name,
        CancellationToken cancellationToken) => name switch
    {
        OutboxSweep => (true, await services.GetRequiredService<OutboxSweep>().SweepAsync(cancellationToken)),
        ExpireIdempotencyKeys => (true, await services.GetRequiredService<ExpiredIdempotencyKeys>().DeleteAsync(cancellationToken)),
        _ => (false, 0),
    };
}
