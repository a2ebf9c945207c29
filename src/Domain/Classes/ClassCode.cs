using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;
using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Classes;

/// <summary>A class's code (<c>CS101-2026S1</c>); exists only valid.</summary>
public sealed partial record ClassCode : TextValue
{
    public const int MaxLength = 30;
    public const string Pattern = "^[A-Z0-9-]{2,30}$";
    public const string Rule = $"A class code matches {Pattern}.";

    private static readonly FormattedText<ClassCode> Format = new(PatternRegex(), static valid => new ClassCode(valid), Rule);

    /// <summary><see cref="Pattern"/>, matched by code generated at build time rather than an interpreter.</summary>
    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    public static partial Regex PatternRegex();

    private ClassCode(string value)
        : base(value)
    {
    }

    public static bool TryCreate(string? text, [NotNullWhen(true)] out ClassCode? code) => Format.TryRead(text, out code);

    public static ClassCode Create(string text) => Format.Read(text);
}
