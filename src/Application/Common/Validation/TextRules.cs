using FluentValidation;

namespace CleanStudents.Application.Common.Validation;

/// <summary>Rules for free text that any resource's fields share.</summary>
internal static class TextRules
{
    /// <summary>Present, not only white space, and at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilderInitial<T, string> rule, int maxLength) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(maxLength);

    /// <summary>Absent, or matching <paramref name="pattern"/>; the message shows the pattern.</summary>
    public static IRuleBuilderOptions<T, string?> Format<T>(this IRuleBuilder<T, string?> rule, string pattern) =>
        rule.Matches(pattern).WithMessage($"'{{PropertyName}}' must match {pattern}.");
}
