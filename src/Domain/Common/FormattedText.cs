using System.Diagnostics.CodeAnalysis;
using System.Text.RegularExpressions;

namespace CleanStudents.Domain.Common;

/// <summary>How one kind of <see cref="TextValue"/> is read from text: its pattern, and its constructor.</summary>
internal sealed class FormattedText<T>(Regex format, Func<string, T> wrap, string rule)
    where T : TextValue
{
    public bool TryRead(string? text, [NotNullWhen(true)] out T? value)
    {
        // A pattern's '$' also matches before a final line break, which no code or number may end with.
        value = text is not null && !text.EndsWith('\n') && format.IsMatch(text) ? wrap(text) : null;
        return value is not null;
    }

    /// <summary>For text that is valid by construction (seed data, rows the database kept): a mismatch is a bug.</summary>
    public T Read(string text) =>
        TryRead(text, out var value) ? value : throw new ArgumentException($"'{text}': {rule}", nameof(text));
}
