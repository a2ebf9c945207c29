using FluentValidation;

namespace CleanStudents.Application.Common.Validation;

public static class TextRules
{
    /// <summary>Present, not only white space, and at most <paramref name="maxLength"/> characters.</summary>
    public static IRuleBuilderOptions<T, string> RequiredText<T>(this IRuleBuilderInitial<T, string> rule, int maxLength) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty()
            .Must(text => !string.IsNullOrWhiteSpace(text)).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(maxLength);
}
