using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;

namespace CleanStudents.Application.Common.Persistence;

public static class EntityReads
{
    /// <summary>Loads an entity to read it, untracked: 404 when it does not exist.</summary>
    public static async Task<Result<T>> FindToReadAsync<T>(this IApplicationDbContext db, Guid id, string resource,
        CancellationToken cancellationToken)
        where T : Entity =>
        await db.FindUntrackedAsync<T>(id, cancellationToken) is { } entity
            ? entity
            : Error.NotFound(resource, id);
}
