using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Enrollments;

/// <summary>A student's seat in a class, and the score they earned there.</summary>
public sealed class Enrollment
{
    private Enrollment(Guid classId, Guid studentId, DateTimeOffset enrolledAt)
    {
        ClassId = classId;
        StudentId = studentId;
        EnrolledAt = enrolledAt;
    }

    public Guid ClassId { get; private init; }
    public Guid StudentId { get; private init; }
    public DateTimeOffset EnrolledAt { get; private init; }
    public decimal? Score { get; private set; }

    public bool IsGraded => Score is not null;

    public Grade? Grade => Score is { } score ? Enrollments.Grade.Of(score) : null;

    internal static Enrollment Create(Guid classId, Guid studentId, DateTimeOffset at) => new(classId, studentId, at);

    /// <summary>Records (or clears, with null) the score.</summary>
    public RuleViolation? SetScore(decimal? score)
    {
        if (score is { } value && !Enrollments.Grade.IsValidScore(value))
        {
            return new RuleViolation("A score lies between 0.00 and 10.00 with at most two decimals.");
        }

        Score = score;
        return null;
    }
}
