namespace CleanStudents.Infrastructure.Messaging;

/// <summary>
/// A row of <c>outbox_messages</c>: a queued message written in the transaction of the change that asks for it, and
/// deleted once the queue has accepted it. Rows that stay behind (the process died before sending, the queue was down)
/// are sent by the sweep.
/// </summary>
internal sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>The message as the queue carries it (see <see cref="MessageCodec"/>).</summary>
    public required string Body { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
