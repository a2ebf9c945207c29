namespace CleanStudents.Domain.Common;

/// <summary>
/// A business rule refused an operation. Returned, not thrown: it is an expected outcome. Its
/// <see cref="Kind"/>, not the caller, decides how it is answered.
/// </summary>
/// <param name="Field">For <see cref="RuleViolationKind.InvalidValue"/>: the member the value was meant for.</param>
public sealed record RuleViolation(RuleViolationKind Kind, string Message, string? Field = null)
{
    public static RuleViolation InvalidValue(string field, string message) =>
        new(RuleViolationKind.InvalidValue, message, field);

    public static RuleViolation StateConflict(string message) => new(RuleViolationKind.StateConflict, message);
}
