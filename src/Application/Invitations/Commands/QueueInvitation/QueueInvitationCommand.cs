using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Invitations.Commands.QueueInvitation;

/// <summary>Queues the invitation of a student or lecturer again (after it failed, or was lost in a mailbox).</summary>
[Authorize(Role.Admin)]
public sealed record QueueInvitationCommand(InviteeKind Kind, Guid RecordId) : ICommand<Unit>;
