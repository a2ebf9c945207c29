namespace CleanStudents.Domain.Enrollments;

/// <summary>A score out of 10 with at most two decimals (<c>7.25</c>); exists only valid.</summary>
public readonly record struct Score
{
    public const decimal Min = 0m;
    public const decimal Max = 10m;

    /// <summary>Digits after the decimal point a score may have.</summary>
    public const int Decimals = 2;

    /// <summary>Digits in all that the largest score, 10.00, has.</summary>
    public const int Precision = 4;

    public const string Rule = "A score lies between 0.00 and 10.00 with at most two decimals.";

    private Score(decimal value) => Value = value;

    public decimal Value { get; }

    public Grade Grade => Grade.Of(Value);

    public static bool TryCreate(decimal value, out Score score)
    {
        var valid = value is >= Min and <= Max && decimal.Round(value, Decimals) == value;
        score = valid ? new Score(value) : default;
        return valid;
    }

    /// <summary>For scores that are valid by construction (seed data, rows the database kept): a wrong one is a bug.</summary>
    public static Score Create(decimal value) =>
        TryCreate(value, out var score) ? score : throw new ArgumentOutOfRangeException(nameof(value), value, Rule);

    public override string ToString() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
