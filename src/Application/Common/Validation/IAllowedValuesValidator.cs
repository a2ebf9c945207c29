namespace CleanStudents.Application.Common.Validation;

/// <summary>A rule that accepts only the values it lists, so whoever documents the rule can list them too.</summary>
public interface IAllowedValuesValidator
{
    IReadOnlyList<string> AllowedValues { get; }
}
