using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Deletes expired keys now and then. Correctness does not depend on it (an expired key is taken
/// over when reused); it only keeps the table small.
/// </summary>
internal sealed class ExpiredIdempotencyKeysCleanup(NpgsqlDataSource dataSource, TimeProvider clock,
    IOptions<IdempotencyOptions> options, ILogger<ExpiredIdempotencyKeysCleanup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.CleanupInterval, clock);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await using var command = dataSource.CreateCommand("DELETE FROM idempotency_keys WHERE created_at < $1");
                command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() - options.Value.Retention });
                var deleted = await command.ExecuteNonQueryAsync(stoppingToken);
                logger.LogInformation("Deleted {Count} expired idempotency keys", deleted);
            }
            catch (NpgsqlException ex)
            {
                // The database may be restarting: the next tick tries again.
                logger.LogWarning(ex, "Could not delete expired idempotency keys");
            }
        }
    }
}
