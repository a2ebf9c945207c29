using System.Text.RegularExpressions;
using FluentValidation;

namespace CleanStudents.Application.Common.Validation;

/// <summary>
/// Rules for free text that any resource's fields share. No text may carry control characters
/// where they make no sense: PostgreSQL refuses NUL in text outright, and a line break in a name
/// or a code is never meant. Only multi-line text (descriptions, message bodies) keeps line breaks and tabs.
/// </summary>
internal static class TextRules
{
    /// <summary>Present, not only white space, one line, and at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilderInitial<T, string> rule, int maxLength) =>
        rule.RequiredUpTo(maxLength).SingleLine()!;

    /// <summary>Like <see cref="RequiredText{T}"/>, but line breaks and tabs are allowed.</summary>
    public static IRuleBuilderOptions<T, string> RequiredMultilineText<T>(this IRuleBuilderInitial<T, string> rule, int maxLength) =>
        rule.RequiredUpTo(maxLength).Multiline()!;

    /// <summary>Absent, or one line of at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).SingleLine();

    /// <summary>Absent, or at most <paramref name="maxLength"/> characters with line breaks and tabs allowed.</summary>
    public static IRuleBuilderOptions<T, string?> OptionalMultilineText<T>(this IRuleBuilderInitial<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).Multiline();

    /// <summary>Absent, or one line matching <paramref name="pattern"/>; the message shows the pattern.</summary>
    public static IRuleBuilderOptions<T, string?> Format<T>(this IRuleBuilder<T, string?> rule, Regex pattern) =>
        rule.SingleLine().Matches(pattern).WithMessage($"'{{PropertyName}}' must match {pattern}.");

    /// <summary>Absent, or one of <paramref name="allowedValues"/> (ignoring case, as every name the API reads).</summary>
    public static IRuleBuilderOptions<T, string?> OneOf<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> allowedValues) =>
        rule.SetValidator(new AllowedValuesValidator<T>(allowedValues, StringComparer.OrdinalIgnoreCase));

    /// <summary>No control character at all (a regular expression's <c>$</c> lets a trailing line break through).</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new CharacterSetValidator<T>(@"\u0000-\u001F\u007F-\u009F", char.IsControl,
            "'{PropertyName}' must not contain control characters such as line breaks, tabs or NUL."));

    private static IRuleBuilderOptions<T, string?> Multiline<T>(this IRuleBuilder<T, string?> rule) =>
        rule.SetValidator(new CharacterSetValidator<T>(@"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F",
            c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'),
            "'{PropertyName}' must not contain control characters other than line breaks and tabs."));

    private static IRuleBuilderOptions<T, string> RequiredUpTo<T>(this IRuleBuilderInitial<T, string> rule, int maxLength) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(maxLength);
}
