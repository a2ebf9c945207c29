using FluentValidation;
using FluentValidation.Validators;

namespace CleanStudents.Application.Common.Validation;

/// <summary>Absent (null or empty), or one of a fixed list of names (compared as the comparer says).</summary>
internal sealed class AllowedValuesValidator<T>(IReadOnlyList<string> allowedValues, IEqualityComparer<string> comparer)
    : PropertyValidator<T, string?>, IAllowedValuesValidator
{
    public override string Name => "AllowedValuesValidator";

    public IReadOnlyList<string> AllowedValues { get; } = allowedValues;

    public override bool IsValid(ValidationContext<T> context, string? value) =>
        string.IsNullOrEmpty(value) || AllowedValues.Contains(value, comparer);

    protected override string GetDefaultMessageTemplate(string errorCode) =>
        $"'{{PropertyName}}' must be one of: {string.Join(", ", AllowedValues)}.";
}
