using CleanStudents.Application.Common.Messaging;

namespace CleanStudents.Application.Common.Invitations;

/// <summary>Asks the consumer to invite the person of this record into the identity directory and link them.</summary>
public sealed record InvitationMessage(InviteeKind Kind, Guid RecordId) : QueuedMessage;
