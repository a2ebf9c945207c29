using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Invitations;

public static class InvitedInsert
{
    /// <summary>
    /// Stores a new person and invites them to sign in, linking the record to their user so the
    /// answer already carries <c>userId</c>. Saved first, so a duplicate email or number is refused
    /// before anyone is invited; a failed invitation is queued, never lost (docs/adr/0204).
    /// </summary>
    public static async Task<Result<Versioned<TDto>>> InsertAndInviteAsync<T, TDto>(this IApplicationDbContext db,
        DbSet<T> set, T person, IUserInvitations invitations, InviteeKind kind, Func<T, TDto> toDto,
        CancellationToken cancellationToken)
        where T : Entity, IUserAccountHolder
    {
        var inserted = await db.InsertAsync(set, person, toDto, cancellationToken);
        if (!inserted.IsSuccess)
        {
            return inserted;
        }

        // Either the link or the queued invitation is saved with the record.
        if (await invitations.InviteAsync(kind, person.Id, person.Email, cancellationToken) is { } userId)
        {
            person.LinkUser(userId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return VersionedEntity.Of(person, toDto);
    }
}
