using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Invitations.Commands.QueueInvitation;

internal sealed class QueueInvitationCommandHandler(IApplicationDbContext db, IOutbox outbox)
    : ICommandHandler<QueueInvitationCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(QueueInvitationCommand command, CancellationToken cancellationToken)
    {
        if (await db.FindInviteeAsync(command.Kind, command.RecordId, cancellationToken) is not { } invitee)
        {
            return Error.NotFound(command.Kind.ToString(), command.RecordId);
        }

        if (invitee.UserId is not null)
        {
            return Error.Conflict($"The {command.Kind.ToString().ToLowerInvariant()} is already linked to a user.");
        }

        invitee.Record.AwaitInvitation();
        outbox.Add(new InvitationMessage(command.Kind, command.RecordId));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
