using CleanStudents.Application.Common.Messaging;
using CleanStudents.Infrastructure.Persistence;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>Adds the row to the request's context, so the command's own save writes it in its transaction.</summary>
internal sealed class Outbox(ApplicationDbContext db, TimeProvider clock) : IOutbox
{
    public void Add(QueuedMessage message)
    {
        var now = clock.GetUtcNow();
        db.Set<OutboxMessage>().Add(new OutboxMessage { Id = Guid.CreateVersion7(now), Body = MessageCodec.Encode(message), CreatedAt = now });
    }
}
