using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Classes;

/// <summary>A teaching period: a year and a semester, written <c>2026-S1</c>; sorts as text; exists only valid.</summary>
public sealed partial record Term : TextValue
{
    public const string Pattern = "^[0-9]{4}-S[1-3]$";
    public const int MaxLength = 7;
    public const string Rule = $"A term matches {Pattern}, e.g. 2026-S1.";

    private static readonly FormattedText<Term> Format = new(PatternRegex(), static valid => new Term(valid), Rule);

    /// <summary><see cref="Pattern"/>, matched by code generated at build time rather than an interpreter.</summary>
    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex PatternRegex();

    private Term(string value)
        : base(value)
    {
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out Term? term) => Format.TryRead(text, out term);

    public static Term Create(string text) => Format.Read(text);
}
