namespace CleanStudents.Domain.Enrollments;

/// <summary>A letter grade and its grade points, derived from a score out of 10.</summary>
public readonly record struct Grade(string Letter, int Points)
{
    /// <summary>A ≥ 8.5, B ≥ 7.0, C ≥ 5.5, D ≥ 4.0, else F; points 4 to 0. D or better earns credit.</summary>
    public static Grade Of(decimal score) => score switch
    {
        >= 8.5m => new Grade("A", 4),
        >= 7.0m => new Grade("B", 3),
        >= 5.5m => new Grade("C", 2),
        >= 4.0m => new Grade("D", 1),
        _ => new Grade("F", 0),
    };

    public bool EarnsCredit => Points > 0;
}
