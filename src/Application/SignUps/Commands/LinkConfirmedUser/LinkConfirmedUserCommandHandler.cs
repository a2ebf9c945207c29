using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.SignUps.Commands.LinkConfirmedUser;

internal sealed class LinkConfirmedUserCommandHandler(IApplicationDbContext db, IUserInvitations invitations,
    ILogger<LinkConfirmedUserCommandHandler> logger) : ICommandHandler<LinkConfirmedUserCommand, Unit>
{
    public async Task<Result<Unit>> Handle(LinkConfirmedUserCommand command, CancellationToken cancellationToken)
    {
        foreach (var invitee in await db.FindInviteesByEmailAsync(EmailAddress.Normalize(command.Email), cancellationToken))
        {
            if (invitee.UserId is { } linked && linked != command.UserId)
            {
                logger.LogWarning("{InviteeKind} {RecordId} is linked to another user; the confirmed user is not linked",
                    invitee.Kind, invitee.Id);
                continue;
            }

            invitee.LinkUser(command.UserId);
            // A directory failure queues the group for a retry instead of failing the person's confirmation.
            await invitations.AddToGroupAsync(invitee.Kind, invitee.Id, command.UserName, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
