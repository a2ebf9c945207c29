using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.SignUps.Commands.LinkConfirmedUser;

/// <summary>
/// Cognito's PostConfirmation trigger: links the confirmed user to the student and/or lecturer with the same
/// email and adds them to the matching group. Repeating it changes nothing.
/// </summary>
/// <param name="UserName">The pool's user name (what group membership goes by).</param>
/// <param name="UserId">The user's <c>sub</c>.</param>
[AllowAnonymous]
public sealed record LinkConfirmedUserCommand(string UserName, string UserId, string Email) : ICommand<Unit>;
