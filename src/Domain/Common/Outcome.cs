using System.Diagnostics.CodeAnalysis;

namespace CleanStudents.Domain.Common;

/// <summary>What a factory that may refuse returns: the new object, or the rule its input broke.</summary>
public readonly struct Outcome<T>
    where T : class
{
    private Outcome(T? value, RuleViolation? violation)
    {
        Value = value;
        Violation = violation;
    }

    public T? Value { get; }

    public RuleViolation? Violation { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Violation))]
    public bool Succeeded => Violation is null;

    /// <summary>For input that is valid by construction (seed data, tests): a rule it breaks is a bug in it.</summary>
    public T OrThrow() =>
        Succeeded ? Value : throw new InvalidOperationException($"{typeof(T).Name} breaks a rule: {Violation.Message}");

    public static implicit operator Outcome<T>(T value) => new(value, null);

    public static implicit operator Outcome<T>(RuleViolation violation) => new(null, violation);
}
