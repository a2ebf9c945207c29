using CleanStudents.Application.Enrollments.Commands.SetScore;

namespace CleanStudents.WebApi.Contracts.Enrollments;

/// <param name="Score">0.00–10.00 with at most two decimals; null (or absent) clears the grade.</param>
internal sealed record SetScoreRequest(decimal? Score = null) : IBodyOf<SetScoreCommand, SetScoreRequest>
{
    public static SetScoreRequest Example { get; } = new(8.75m);

    public SetScoreCommand ToCommand(Guid classId, Guid studentId) => new(Score) { ClassId = classId, StudentId = studentId };
}
