using System.Reflection;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.WebApi.OpenApi;

/// <summary>Says in words who may send a use case, from its <see cref="AuthorizeAttribute"/>.</summary>
internal static class AccessDescription
{
    public static string Of(Type useCase)
    {
        if (useCase.GetCustomAttribute<AuthorizeAttribute>() is not { } authorize)
        {
            return "Who may call: anyone.";
        }

        var callers = authorize.Roles.Select(Plural).ToList();
        if (OwnerText(authorize.Owner) is { } owner)
        {
            callers.Add(owner);
        }

        return callers.Count == 0
            ? "Who may call: any signed-in user."
            : $"Who may call: {string.Join(", ", callers)}; anyone else signed in gets 403.";
    }

    private static string Plural(Role role) => role switch
    {
        Role.Admin => "admins",
        Role.Lecturer => "lecturers",
        _ => "students",
    };

    private static string? OwnerText(Owner owner) => owner switch
    {
        Owner.Student => "the student it names (signed in as that student)",
        Owner.Lecturer => "the lecturer it names (signed in as that lecturer)",
        Owner.ClassLecturer => "the lecturer who teaches the class",
        Owner.ClassMember => "the lecturer who teaches the class, the students enrolled in it",
        _ => null,
    };
}
