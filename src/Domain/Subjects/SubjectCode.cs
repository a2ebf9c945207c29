using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Subjects;

/// <summary>A subject's code: letters then digits, upper case (<c>CS101</c>); exists only valid.</summary>
public sealed partial record SubjectCode : TextValue
{
    public const string Pattern = "^[A-Z]{2,5}[0-9]{2,4}$";
    public const int MaxLength = 9;
    public const string Rule = $"A subject code matches {Pattern}.";

    private static readonly FormattedText<SubjectCode> Format = new(PatternRegex(), static valid => new SubjectCode(valid), Rule);

    /// <summary><see cref="Pattern"/>, matched by code generated at build time rather than an interpreter.</summary>
    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex PatternRegex();

    private SubjectCode(string value)
        : base(value)
    {
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out SubjectCode? code) => Format.TryRead(text, out code);

    public static SubjectCode Create(string text) => Format.Read(text);
}
