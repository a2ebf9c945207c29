using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Invitations;

public static class InvitedInsert
{
    /// <summary>
    /// Stores a new person with a pending invitation, queued through the outbox in the same save: the directory is
    /// called after the commit by the invitation consumer, never inside this transaction (docs/adr/0206).
    /// </summary>
    public static Task<Result<Versioned<TDto>>> InsertAndInviteAsync<T, TDto>(this IApplicationDbContext db,
        DbSet<T> set, Outcome<T> admitted, IOutbox outbox, InviteeKind kind, Func<T, TDto> toDto,
        CancellationToken cancellationToken)
        where T : UserAccountHolder
    {
        if (admitted.Succeeded)
        {
            admitted.Value.AwaitInvitation();
            outbox.Add(new InvitationMessage(kind, admitted.Value.Id));
        }

        return db.InsertAsync(set, admitted, toDto, cancellationToken);
    }
}
