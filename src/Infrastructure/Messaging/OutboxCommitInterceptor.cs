using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using CleanStudents.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// The outbox's fast path: once a transaction that wrote outbox rows has committed, they are handed to the
/// <see cref="QueuePublisher"/>. Never before the commit (a rolled-back change sends nothing), and not awaited here:
/// the connection is still the transaction's at this point, and the unit of work waits for the send only once it has
/// given the connection back (<see cref="ApplicationDbContext.OutboxSentAsync"/>). The publisher (and with it the
/// queue's settings) is resolved only when there is something to send, so transactions that write no outbox rows
/// (migrations, seeding) need no queue.
/// </summary>
internal sealed class OutboxCommitInterceptor(IServiceProvider services) : DbTransactionInterceptor
{
    public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData,
        CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not ApplicationDbContext context)
        {
            return Task.CompletedTask;
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
            context.SendingOutbox(services.GetRequiredService<QueuePublisher>().PublishAsync(written));
        }

        return Task.CompletedTask;
    }
}
