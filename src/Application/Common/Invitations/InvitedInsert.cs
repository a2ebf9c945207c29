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
        DbSet<T> set, T person, IOutbox outbox, InviteeKind kind, Func<T, TDto> toDto,
        CancellationToken cancellationToken)
        where T : UserAccountHolder
    {
        person.AwaitInvitation();
        outbox.Add(new InvitationMessage(kind, person.Id));
        return db.InsertAsync(set, person, toDto, cancellationToken);
    }
}
