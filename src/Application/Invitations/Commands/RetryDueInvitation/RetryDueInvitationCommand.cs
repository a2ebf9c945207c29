using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Invitations.Commands.RetryDueInvitation;

/// <summary>
/// Retries the queued invitation that is due first. Sent by the background worker, never over HTTP; returns
/// whether one was due (so the worker goes on) or the queue has nothing due (so it waits).
/// </summary>
[AllowAnonymous]
public sealed record RetryDueInvitationCommand : ICommand<bool>;
