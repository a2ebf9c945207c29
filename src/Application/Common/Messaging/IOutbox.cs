namespace CleanStudents.Application.Common.Messaging;

/// <summary>
/// The transactional outbox (docs/adr/0206): a message added here is saved with the command's other changes, in the
/// same transaction, and sent to the queue only once that transaction has committed.
/// </summary>
public interface IOutbox
{
    void Add(QueuedMessage message);
}
