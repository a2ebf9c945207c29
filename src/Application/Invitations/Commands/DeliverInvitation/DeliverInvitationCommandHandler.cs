using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.Invitations.Commands.DeliverInvitation;

internal sealed class DeliverInvitationCommandHandler(IApplicationDbContext db, IIdentityDirectory directory,
    IBusinessMetrics metrics, ILogger<DeliverInvitationCommandHandler> logger) : IRequestHandler<DeliverInvitationCommand, Delivery>
{
    public async ValueTask<Result<Delivery>> Handle(DeliverInvitationCommand command, CancellationToken cancellationToken)
    {
        var invitee = await db.FindInviteeAsync(command.Kind, command.RecordId, cancellationToken);
        if (invitee is null)
        {
            logger.LogInformation("{InviteeKind} {RecordId} was deleted; its invitation is dropped", command.Kind, command.RecordId);
            return Delivery.Done;
        }

        // A duplicate delivery (or a person who confirmed a sign-up meanwhile) finds the record linked: nothing to do.
        if (invitee.UserId is not null && invitee.Invitation == InvitationState.Sent)
        {
            return Delivery.Done;
        }

        string userId;
        try
        {
            // Inviting is idempotent: it creates or finds the user and adds whatever group is missing (docs/adr/0203).
            userId = await directory.InviteUserAsync(invitee.Email, invitee.Group, cancellationToken);
        }
        catch (IdentityDirectoryException e)
        {
            return await FailedAsync(command, invitee, e, cancellationToken);
        }

        invitee.Record.LinkUser(userId);
        await db.SaveChangesAsync(cancellationToken);
        return Delivery.Done;
    }

    private async Task<Delivery> FailedAsync(DeliverInvitationCommand command, Invitee invitee,
        IdentityDirectoryException failure, CancellationToken cancellationToken)
    {
        if (!command.IsLastAttempt)
        {
            logger.LogWarning(failure, "Inviting {InviteeKind} {RecordId} failed; the queue delivers it again",
                command.Kind, command.RecordId);
            return Delivery.RetryLater;
        }

        logger.LogError(failure, "Inviting {InviteeKind} {RecordId} failed on the last attempt; the invitation is failed and dead-lettered",
            command.Kind, command.RecordId);
        invitee.Record.FailInvitation();
        await db.SaveChangesAsync(cancellationToken);
        // The alarm on InvitationsFailed tells someone; the log line above says why.
        metrics.Count(BusinessMetric.InvitationsFailed);
        // Still a failure for the queue: the message goes to the dead-letter queue, from where it can be redriven.
        return Delivery.RetryLater;
    }
}
