using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Classes;

namespace CleanStudents.Application.Classes;

internal static class ClassLocking
{
    /// <summary>
    /// Locks a class for change: 404 when it does not exist, 412 when the client's <c>If-Match</c>
    /// version is stale. Held until the command commits, so enrollments cannot slip in between a
    /// check on the seats and the write.
    /// </summary>
    public static async Task<Result<Class>> LockClassAsync(this IRowLocks locks, Guid id, uint? expectedVersion,
        CancellationToken cancellationToken)
    {
        var locked = await locks.ClassAsync(id, cancellationToken);
        if (locked is null)
        {
            return Error.NotFound("Class", id);
        }

        return expectedVersion is { } expected && expected != locked.Version ? Error.PreconditionFailed("class") : locked;
    }
}
