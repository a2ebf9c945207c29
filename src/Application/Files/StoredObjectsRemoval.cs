using CleanStudents.Application.Common.Messaging;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files;

internal static class StoredObjectsRemoval
{
    /// <summary>
    /// Queues the removal of these files' objects, which happens once the transaction that deletes the files' rows
    /// (or their owner's) has committed.
    /// </summary>
    public static async Task RemoveObjectsAfterCommitAsync(this IOutbox outbox, IQueryable<StoredFile> files,
        CancellationToken cancellationToken)
    {
        var keys = await files.Select(f => f.Key).ToListAsync(cancellationToken);
        if (keys.Count > 0)
        {
            outbox.Add(new StoredObjectsRemovalMessage(keys));
        }
    }
}
