using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Application.Invitations.Commands.RetryDueInvitation;

internal sealed class RetryDueInvitationCommandHandler(IApplicationDbContext db, IIdentityDirectory directory,
    TimeProvider clock, IOptions<InvitationRetryOptions> retry, ILogger<RetryDueInvitationCommandHandler> logger)
    : ICommandHandler<RetryDueInvitationCommand, bool>
{
    public async Task<Result<bool>> Handle(RetryDueInvitationCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var pending = await db.PendingInvitations.Where(p => p.NextAttemptAt <= now).OrderBy(p => p.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        if (pending is null)
        {
            return false;
        }

        if (await db.FindInviteeAsync(pending.Kind, pending.RecordId, cancellationToken) is not { } invitee)
        {
            logger.LogInformation("{InviteeKind} {RecordId} was deleted; its queued invitation is dropped", pending.Kind, pending.RecordId);
            db.PendingInvitations.Remove(pending);
        }
        else
        {
            await AttemptAsync(pending, invitee, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private async Task AttemptAsync(PendingInvitation pending, Invitee invitee, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        try
        {
            // Inviting is idempotent: it creates or finds the user and adds whatever group is missing.
            invitee.LinkUser(await directory.InviteUserAsync(invitee.Email, invitee.Group, cancellationToken));
            db.PendingInvitations.Remove(pending);
            logger.LogInformation("Queued invitation of {InviteeKind} {RecordId} completed after {Attempts} failed attempts",
                pending.Kind, pending.RecordId, pending.Attempts);
        }
        catch (IdentityDirectoryException e)
        {
            pending.RecordFailure(e.Message, now, retry.Value);
            logger.LogWarning(e, "Queued invitation of {InviteeKind} {RecordId} failed again ({Attempts} attempts); next attempt at {NextAttemptAt}",
                pending.Kind, pending.RecordId, pending.Attempts, pending.NextAttemptAt);
        }
    }
}
