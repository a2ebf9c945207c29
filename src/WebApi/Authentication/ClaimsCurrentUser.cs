using System.Security.Claims;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.WebApi.Authentication;

/// <summary>The caller as described by the access token the authentication middleware validated.</summary>
internal sealed class ClaimsCurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;

    public bool IsAuthenticated => Principal?.Identity?.IsAuthenticated == true;

    public string? UserId => IsAuthenticated ? Principal!.FindFirst(CognitoClaims.Subject)?.Value : null;

    public string? Email => IsAuthenticated ? Principal!.FindFirst(CognitoClaims.Email)?.Value : null;

    public IReadOnlySet<Role> Roles => field ??= IsAuthenticated
        ? CognitoClaims.RolesOf(Principal!)
        : new HashSet<Role>();
}
