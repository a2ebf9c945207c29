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
    public Score? Score { get; private set; }

    public bool IsGraded => Score is not null;

    public Grade? Grade => Score?.Grade;

    internal static Enrollment Create(Guid classId, Guid studentId, DateTimeOffset at) => new(classId, studentId, at);

    /// <summary>Records (or clears, with null) the score; refuses one that is not a <see cref="Enrollments.Score"/>.</summary>
    public RuleViolation? SetScore(decimal? score)
    {
        if (score is not { } value)
        {
            Score = null;
            return null;
        }

        if (!Enrollments.Score.TryCreate(value, out var valid))
        {
            return RuleViolation.InvalidValue(nameof(Score), Enrollments.Score.Rule);
        }

        Score = valid;
        return null;
    }
}
