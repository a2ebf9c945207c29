namespace CleanStudents.Application.Common.Security;

/// <summary>
/// Declares who may send a request: any of <see cref="Roles"/>, or the <see cref="Owner"/> it
/// concerns. Every request carries one; a request without it is refused (secure by default).
/// No roles and no owner means any signed-in user.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuthorizeAttribute(params Role[] roles) : Attribute
{
    public IReadOnlyList<Role> Roles { get; } = roles;

    public Owner Owner { get; init; }
}

/// <summary>Marks a request that needs no signed-in user (health, Cognito triggers).</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AllowAnonymousAttribute : Attribute;
