namespace CleanStudents.Domain.Enrollments;

/// <summary>One class on a transcript: its credits and, once graded, its score.</summary>
public sealed record TranscriptLine(int Credits, decimal? Score);

/// <summary>The totals of a transcript: only graded classes count.</summary>
public sealed record TranscriptTotals(int CreditsAttempted, int CreditsEarned, decimal Gpa)
{
    /// <summary>
    /// Credits attempted: graded classes. Earned: graded D or better. GPA: credit-weighted mean of
    /// grade points, rounded half away from zero to 2 decimals; 0 when nothing is graded.
    /// </summary>
    public static TranscriptTotals Of(IEnumerable<TranscriptLine> lines)
    {
        var graded = lines.Where(l => l.Score is not null)
            .Select(l => (l.Credits, Grade: Grade.Of(l.Score.GetValueOrDefault()))).ToList();
        var attempted = graded.Sum(g => g.Credits);
        var earned = graded.Where(g => g.Grade.EarnsCredit).Sum(g => g.Credits);
        var gpa = attempted == 0
            ? 0m
            : decimal.Round((decimal)graded.Sum(g => g.Credits * g.Grade.Points) / attempted, 2, MidpointRounding.AwayFromZero);
        return new TranscriptTotals(attempted, earned, gpa);
    }
}
