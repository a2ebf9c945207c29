using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Lecturers;

/// <summary>The school's human-facing identifier for a lecturer; exists only valid.</summary>
public sealed partial record StaffNumber : TextValue
{
    public const int MaxLength = 20;
    public const string Pattern = "^[A-Z0-9-]{3,20}$";
    public const string Rule = $"A staff number matches {Pattern}.";

    private static readonly FormattedText<StaffNumber> Format = new(PatternRegex(), static valid => new StaffNumber(valid), Rule);

    /// <summary><see cref="Pattern"/>, matched by code generated at build time rather than an interpreter.</summary>
    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex PatternRegex();

    private StaffNumber(string value)
        : base(value)
    {
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out StaffNumber? number) => Format.TryRead(text, out number);

    public static StaffNumber Create(string text) => Format.Read(text);

    /// <summary>Ids are UUIDv7: the random tail, not the timestamp head, makes the number unique.</summary>
    public static StaffNumber Assign(Guid id) => new($"L-{id.ToString("N")[^8..].ToUpperInvariant()}");
}
