using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Deletes expired keys (the scheduled command <c>expire-idempotency-keys</c>). Correctness does not depend on it (an
/// expired key is taken over when reused); it only keeps the table small.
/// </summary>
internal sealed class ExpiredIdempotencyKeys(NpgsqlDataSource dataSource, TimeProvider clock,
    IOptions<IdempotencyOptions> options, ILogger<ExpiredIdempotencyKeys> logger)
{
    public async Task<int> DeleteAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM idempotency_keys WHERE created_at < $1");
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() - options.Value.Retention });
        var deleted = await command.ExecuteNonQueryAsync(cancellationToken);
        logger.LogInformation("Deleted {Count} expired idempotency keys", deleted);
        return deleted;
    }
}
