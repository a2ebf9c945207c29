namespace CleanStudents.Application.Common.Security;

/// <summary>The caller, as the validated access token describes them.</summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }

    /// <summary>The identity provider's subject (Cognito <c>sub</c>).</summary>
    string? UserId { get; }

    string? Email { get; }

    IReadOnlySet<Role> Roles { get; }
}
