using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Persistence;

public static class EntityDeletion
{
    /// <summary>
    /// Deletes the entity a client names: 404 when it does not exist, 412 when the client's
    /// <c>If-Match</c> version is stale. Rows that still depend on it make the database refuse
    /// the delete, which the transaction turns into a 409 worded by the foreign key.
    /// </summary>
    public static async Task<Result<Unit>> DeleteAsync<T>(this IApplicationDbContext db, DbSet<T> set, Guid id,
        uint? expectedVersion, string resource, CancellationToken cancellationToken)
        where T : Entity
    {
        var found = await set.FindForChangeAsync(id, expectedVersion, resource, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        set.Remove(found.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
