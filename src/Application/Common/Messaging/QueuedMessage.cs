namespace CleanStudents.Application.Common.Messaging;

/// <summary>
/// Work that happens after a commit, off the request path: written to the outbox with the change that asks for it,
/// sent to the queue once the transaction commits, and handled by a consumer use case at least once.
/// </summary>
public abstract record QueuedMessage;
