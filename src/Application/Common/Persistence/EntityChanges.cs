using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Persistence;

/// <summary>
/// The save-and-answer steps that create, update and delete use cases share, so a handler says
/// only what is particular to it. Database refusals at save time (unique keys, foreign keys,
/// stale versions) are turned into 409/412 by the transaction behaviour.
/// </summary>
public static class EntityChanges
{
    /// <summary>
    /// Stores a new entity; answers its DTO with the version it was stored at, or the rule its
    /// input broke (nothing is stored then).
    /// </summary>
    public static async Task<Result<Versioned<TDto>>> InsertAsync<T, TDto>(this IApplicationDbContext db, DbSet<T> set,
        Outcome<T> created, Func<T, TDto> toDto, CancellationToken cancellationToken)
        where T : Entity
    {
        if (!created.Succeeded)
        {
            return created.Violation;
        }

        set.Add(created.Value);
        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(created.Value, toDto);
    }

    /// <summary>
    /// Changes the entity a client names (404 when it does not exist, 412 when the client's
    /// <c>If-Match</c> version is stale, the entity's own refusal when the change breaks a rule);
    /// answers its DTO with the new version.
    /// </summary>
    public static async Task<Result<Versioned<TDto>>> ChangeAsync<T, TDto>(this IApplicationDbContext db, DbSet<T> set,
        Guid id, uint? expectedVersion, string resource, Func<T, RuleViolation?> change, Func<T, TDto> toDto,
        CancellationToken cancellationToken)
        where T : Entity
    {
        var found = await set.FindForChangeAsync(id, expectedVersion, resource, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        if (change(found.Value) is { } violation)
        {
            return violation;
        }

        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(found.Value, toDto);
    }

    /// <summary>
    /// Deletes the entity a client names (404 when it does not exist, 412 when the client's
    /// <c>If-Match</c> version is stale). Rows that still depend on it make the database refuse
    /// the delete: a 409 worded by the foreign key.
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
