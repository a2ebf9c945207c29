using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.SignUps.Commands.LinkConfirmedUser;

internal sealed class LinkConfirmedUserCommandHandler(IApplicationDbContext db, IOutbox outbox,
    ILogger<LinkConfirmedUserCommandHandler> logger) : ICommandHandler<LinkConfirmedUserCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(LinkConfirmedUserCommand command, CancellationToken cancellationToken)
    {
        foreach (var invitee in await db.FindInviteesByEmailAsync(EmailAddress.Normalize(command.Email), cancellationToken))
        {
            if (invitee.UserId is { } linked && linked != command.UserId)
            {
                logger.LogWarning("{InviteeKind} {RecordId} is linked to another user; the confirmed user is not linked",
                    invitee.Kind, invitee.Id);
                continue;
            }

            if (invitee.Invitation == InvitationState.Sent)
            {
                continue;
            }

            // Linked now; the group is added by the invitation consumer after the commit, so the confirmation
            // never waits for (or fails because of) the directory.
            invitee.Record.LinkUser(command.UserId);
            invitee.Record.AwaitInvitation();
            outbox.Add(new InvitationMessage(invitee.Kind, invitee.Id));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
