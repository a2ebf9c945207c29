using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// The outbox's fast path: once a transaction that wrote outbox rows has committed, they are handed to the
/// <see cref="QueuePublisher"/>. Never before the commit (a rolled-back change sends nothing) and never inside the
/// transaction (no call to another service holds a connection and its locks). The publisher (and with it the queue's
/// settings) is resolved only when there is something to send, so transactions that write no outbox rows (migrations,
/// seeding) need no queue.
/// </summary>
internal sealed class OutboxCommitInterceptor(IServiceProvider services) : DbTransactionInterceptor
{
    public override async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not { } context)
        {
            return;
        }

        var written = new List<OutboxMessage>();
        foreach (var entry in context.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Unchanged).ToList())
        {
            written.Add(entry.Entity);
            // Handed over once: a later transaction of the same context must not send it again.
            entry.State = EntityState.Detached;
        }

        if (written.Count > 0)
        {
            await services.GetRequiredService<QueuePublisher>().PublishAsync(written);
        }
    }
}
