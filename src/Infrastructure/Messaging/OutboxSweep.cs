using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// Sends the outbox rows the fast path missed (the process died between commit and send, or the queue was down), oldest
/// first, without a transaction around the sends. A row can be sent twice (a sweep racing a slow fast path, two
/// sweeps at once): consumers are idempotent, so that changes nothing.
/// </summary>
internal sealed class OutboxSweep(NpgsqlDataSource database, QueuePublisher publisher, TimeProvider clock,
    IOptions<QueueOptions> options, ILogger<OutboxSweep> logger)
{
    private const int PageSize = 100;

    // Bounds one sweep, so a queue that stays down cannot keep an invocation busy.
    private const int MaxPages = 50;

    /// <summary>Returns how many rows it found to send.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var found = 0;
        var after = Guid.Empty;
        for (var page = 0; page < MaxPages; page++)
        {
            var rows = await ReadDueAsync(after, cancellationToken);
            found += rows.Count;
            if (rows.Count > 0)
            {
                await publisher.PublishAsync(rows);
                after = rows[^1].Id;
            }

            if (rows.Count < PageSize)
            {
                break;
            }
        }

        if (found > 0)
        {
            logger.LogInformation("The outbox sweep sent {Count} messages the fast path had missed", found);
        }

        return found;
    }

    // Ids are UUIDv7, so they order by creation: pages follow each other even when a page's rows stay (queue down).
    private async Task<List<OutboxMessage>> ReadDueAsync(Guid after, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand(
            "SELECT id, body, created_at FROM outbox_messages WHERE created_at <= $1 AND id > $2 ORDER BY id LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter { Value = clock.GetUtcNow() - TimeSpan.FromSeconds(options.Value.SweepAfterSeconds) });
        command.Parameters.Add(new NpgsqlParameter { Value = after });
        command.Parameters.Add(new NpgsqlParameter { Value = PageSize });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<OutboxMessage>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new OutboxMessage { Id = reader.GetGuid(0), Body = reader.GetString(1), CreatedAt = reader.GetFieldValue<DateTimeOffset>(2) });
        }

        return rows;
    }
}
