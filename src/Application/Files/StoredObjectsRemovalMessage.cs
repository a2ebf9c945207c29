using CleanStudents.Application.Common.Messaging;

namespace CleanStudents.Application.Files;

/// <summary>
/// Objects whose files were deleted, to be removed from the storage after the deleting transaction commits (the
/// storage is never called inside one). Queued through the outbox, so a committed delete never leaves them behind.
/// </summary>
public sealed record StoredObjectsRemovalMessage(IReadOnlyList<string> Keys) : QueuedMessage;
