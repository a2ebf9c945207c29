using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Subjects;

/// <summary>Something taught, worth a number of credits; offered as classes in terms.</summary>
public sealed class Subject : Entity
{
    public const int NameMaxLength = 200;
    public const int DescriptionMaxLength = 2000;
    public const int MinCredits = 1;
    public const int MaxCredits = 10;

    private Subject(Guid id, SubjectCode code, string name, int credits, string? description)
        : base(id)
    {
        Code = code;
        Name = name;
        Credits = credits;
        Description = description;
    }

    public SubjectCode Code { get; private set; }
    public string Name { get; private set; }
    public int Credits { get; private set; }
    public string? Description { get; private set; }

    public static Outcome<Subject> Define(Guid id, string code, string name, int? credits, string? description) =>
        Check(code, credits) is { } violation
            ? violation
            : new Subject(id, SubjectCode.Create(code), name.Trim(), credits.GetValueOrDefault(), OptionalText.Normalize(description));

    /// <summary>Replaces the subject; refuses a malformed code or credits out of range, changing nothing.</summary>
    public RuleViolation? Update(string code, string name, int? credits, string? description)
    {
        if (Check(code, credits) is { } violation)
        {
            return violation;
        }

        Code = SubjectCode.Create(code);
        Name = name.Trim();
        Credits = credits.GetValueOrDefault();
        Description = OptionalText.Normalize(description);
        return null;
    }

    private static RuleViolation? Check(string code, int? credits)
    {
        if (!SubjectCode.TryCreate(code, out _))
        {
            return RuleViolation.InvalidValue(nameof(Code), SubjectCode.Rule);
        }

        return credits is >= MinCredits and <= MaxCredits
            ? null
            : RuleViolation.InvalidValue(nameof(Credits), $"A subject is worth {MinCredits} to {MaxCredits} credits.");
    }
}
