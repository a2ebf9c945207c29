using System.Reflection;

namespace CleanStudents.Application.Common.Security;

/// <summary>The access declaration of one request type, read once from its attributes.</summary>
internal sealed record AccessPolicy(bool AllowsAnonymous, IReadOnlySet<Role> Roles, Owner Owner)
{
    public static AccessPolicy For(Type requestType)
    {
        if (requestType.GetCustomAttribute<AllowAnonymousAttribute>() is not null)
        {
            return new AccessPolicy(true, new HashSet<Role>(), Owner.None);
        }

        var authorize = requestType.GetCustomAttribute<AuthorizeAttribute>()
            ?? throw new InvalidOperationException(
                $"{requestType.Name} declares no [Authorize] or [AllowAnonymous]; every request must say who may send it.");
        ValidateOwnerScope(requestType, authorize.Owner);
        return new AccessPolicy(false, authorize.Roles.ToHashSet(), authorize.Owner);
    }

    public bool AnySignedInUser => Roles.Count == 0 && Owner == Owner.None;

    private static void ValidateOwnerScope(Type requestType, Owner owner)
    {
        var scope = owner switch
        {
            Owner.Student => typeof(IStudentScoped),
            Owner.Lecturer => typeof(ILecturerScoped),
            Owner.ClassLecturer or Owner.ClassMember => typeof(IClassScoped),
            _ => null,
        };
        if (scope is not null && !scope.IsAssignableFrom(requestType))
        {
            throw new InvalidOperationException($"{requestType.Name} declares Owner.{owner} but does not implement {scope.Name}.");
        }
    }
}

internal static class AccessPolicy<TRequest>
{
    public static readonly AccessPolicy Value = AccessPolicy.For(typeof(TRequest));
}
