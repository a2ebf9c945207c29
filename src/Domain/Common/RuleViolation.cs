namespace CleanStudents.Domain.Common;

/// <summary>
/// A business rule refused an operation (class full, already graded…). Returned, not thrown:
/// it is an expected outcome, and the application turns it into a 409 with this message.
/// </summary>
public sealed record RuleViolation(string Message);
