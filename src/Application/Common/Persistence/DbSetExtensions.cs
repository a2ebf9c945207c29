using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Persistence;

public static class DbSetExtensions
{
    /// <summary>
    /// Loads an entity to change it: 404 when it does not exist, 412 when the client's
    /// <c>If-Match</c> version is stale. A change racing between this read and the save is
    /// caught by the concurrency token at save time.
    /// </summary>
    public static async Task<Result<T>> FindForChangeAsync<T>(this DbSet<T> set, Guid id, uint? expectedVersion,
        string resource, CancellationToken cancellationToken)
        where T : Entity
    {
        var entity = await set.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (entity is null)
        {
            return Error.NotFound(resource, id);
        }

        return expectedVersion is { } expected && expected != entity.Version
            ? Error.PreconditionFailed(resource.ToLowerInvariant())
            : entity;
    }
}
