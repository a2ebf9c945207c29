namespace CleanStudents.Domain.Common;

/// <summary>What sort of rule an operation broke; the application answers each kind with one status.</summary>
public enum RuleViolationKind
{
    /// <summary>A value the domain cannot hold (a malformed code, a score out of range): the input names the field.</summary>
    InvalidValue,

    /// <summary>The current state refuses the change (a full class, a graded enrollment, too few seats).</summary>
    StateConflict,
}
