using System.Security.Claims;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.WebApi.Authentication;

/// <summary>How Cognito access tokens name things.</summary>
internal static class CognitoClaims
{
    public const string Subject = "sub";
    public const string Email = "email";
    public const string Username = "username";
    public const string Groups = "cognito:groups";
    public const string TokenUse = "token_use";
    public const string ClientId = "client_id";

    /// <summary>Cognito groups → application roles; unknown groups grant nothing.</summary>
    public static readonly IReadOnlyDictionary<string, Role> GroupRoles = new Dictionary<string, Role>(StringComparer.Ordinal)
    {
        ["admins"] = Role.Admin,
        ["lecturers"] = Role.Lecturer,
        ["students"] = Role.Student,
    };

    public static IReadOnlySet<Role> RolesOf(ClaimsPrincipal principal) => principal.FindAll(Groups)
        .Select(c => GroupRoles.TryGetValue(c.Value, out var role) ? role : (Role?)null)
        .OfType<Role>()
        .ToHashSet();
}
