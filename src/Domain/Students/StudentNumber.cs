using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Students;

/// <summary>The school's human-facing identifier for a student; exists only valid.</summary>
public sealed partial record StudentNumber : TextValue
{
    public const int MaxLength = 20;
    public const string Pattern = "^[A-Z0-9-]{3,20}$";
    public const string Rule = $"A student number matches {Pattern}.";

    private static readonly FormattedText<StudentNumber> Format = new(PatternRegex(), static valid => new StudentNumber(valid), Rule);

    /// <summary><see cref="Pattern"/>, matched by code generated at build time rather than an interpreter.</summary>
    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex PatternRegex();

    private StudentNumber(string value)
        : base(value)
    {
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out StudentNumber? number) => Format.TryRead(text, out number);

    public static StudentNumber Create(string text) => Format.Read(text);

    /// <summary>
    /// A server-assigned number: the enrolment year and eight characters of the id. Ids are
    /// UUIDv7, whose leading bits are a timestamp, so the random tail is taken for uniqueness.
    /// </summary>
    public static StudentNumber Assign(Guid id, DateOnly enrolledOn) =>
        new($"S{enrolledOn.Year}-{id.ToString("N")[^8..].ToUpperInvariant()}");
}
