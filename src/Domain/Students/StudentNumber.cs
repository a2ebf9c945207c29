using System.Text.RegularExpressions;

namespace CleanStudents.Domain.Students;

/// <summary>The school's human-facing identifier for a student.</summary>
public static partial class StudentNumber
{
    public const int MaxLength = 20;
    public const string Pattern = "^[A-Z0-9-]{3,20}$";

    public static bool IsValid(string value) => Format().IsMatch(value);

    /// <summary>
    /// A server-assigned number: the enrolment year and eight characters of the id. Ids are
    /// UUIDv7, whose leading bits are a timestamp, so the random tail is taken for uniqueness.
    /// </summary>
    public static string Assign(Guid id, DateOnly enrolledOn) =>
        $"S{enrolledOn.Year}-{id.ToString("N")[^8..].ToUpperInvariant()}";

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex Format();
}
