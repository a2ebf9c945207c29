using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Application.Common.Invitations;

internal sealed class UserInvitations(IIdentityDirectory directory, IApplicationDbContext db, TimeProvider clock,
    IOptions<InvitationRetryOptions> retry, IBusinessMetrics metrics, ILogger<UserInvitations> logger) : IUserInvitations
{
    public async Task<string?> InviteAsync(InviteeKind kind, Guid recordId, string email, CancellationToken cancellationToken)
    {
        try
        {
            return await directory.InviteUserAsync(email, Invitee.GroupOf(kind), cancellationToken);
        }
        catch (IdentityDirectoryException e)
        {
            await QueueAsync(kind, recordId, e, cancellationToken);
            return null;
        }
    }

    public async Task<bool> AddToGroupAsync(InviteeKind kind, Guid recordId, string username, CancellationToken cancellationToken)
    {
        try
        {
            await directory.AddToGroupAsync(username, Invitee.GroupOf(kind), cancellationToken);
            return true;
        }
        catch (IdentityDirectoryException e)
        {
            await QueueAsync(kind, recordId, e, cancellationToken);
            return false;
        }
    }

    private async Task QueueAsync(InviteeKind kind, Guid recordId, IdentityDirectoryException failure,
        CancellationToken cancellationToken)
    {
        logger.LogWarning(failure, "The identity directory failed for {InviteeKind} {RecordId}; the invitation is queued for a retry",
            kind, recordId);
        // Counted whether or not the command commits: Cognito's refusal happened either way.
        metrics.Count(BusinessMetric.InvitationsFailed);
        // One queued invitation per record is enough: a retry always completes everything that is missing.
        if (!await db.PendingInvitations.AnyAsync(p => p.Kind == kind && p.RecordId == recordId, cancellationToken))
        {
            db.PendingInvitations.Add(PendingInvitation.AfterFailure(kind, recordId, failure.Message, clock.GetUtcNow(), retry.Value));
        }
    }
}
