using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Invitations.Commands.DeliverInvitation;

/// <summary>
/// The invitation consumer: invites the person into the identity directory and links the record. Sent by the queue
/// (an <see cref="InvitationMessage"/>), never over HTTP.
/// </summary>
[AllowAnonymous]
public sealed record DeliverInvitationCommand(InviteeKind Kind, Guid RecordId, bool IsLastAttempt) : IConsumerRequest;
