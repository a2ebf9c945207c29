using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.SignUps.Queries.ScreenSignUp;

/// <summary>
/// Cognito's PreSignUp trigger: may this person create an account? Refused (Forbidden) for disposable email
/// domains at self sign-up; users an admin creates (<c>PreSignUp_AdminCreateUser</c>) are always accepted.
/// </summary>
/// <param name="TriggerSource">e.g. <c>PreSignUp_SignUp</c>, <c>PreSignUp_ExternalProvider</c>.</param>
[AllowAnonymous]
public sealed record ScreenSignUpQuery(string TriggerSource, string? Email) : IQuery<Unit>;
