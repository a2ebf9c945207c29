namespace CleanStudents.Domain.Common;

/// <summary>
/// A domain value written as text (a number, a code, a term). Each kind has its own type, so one is
/// never passed for another, and its only way in is the kind's <c>TryCreate</c>/<c>Create</c>.
/// </summary>
public abstract record TextValue
{
    private protected TextValue(string value) => Value = value;

    public string Value { get; }

    public sealed override string ToString() => Value;
}
