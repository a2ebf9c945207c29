using CleanStudents.Domain.Enrollments;
using FluentValidation;

namespace CleanStudents.Application.Enrollments.Commands.SetScore;

internal sealed class SetScoreCommandValidator : AbstractValidator<SetScoreCommand>
{
    private static readonly string Message =
        $"'{{PropertyName}}' must lie between {Grade.MinScore:0.00} and {Grade.MaxScore:0.00} with at most two decimals, or be null.";

    // The range and the two decimals as separate rules (one message), so the document can state both.
    public SetScoreCommandValidator() =>
        RuleFor(c => c.Score).InclusiveBetween(Grade.MinScore, Grade.MaxScore).WithMessage(Message)
            .PrecisionScale(Grade.ScorePrecision, Grade.ScoreDecimals, ignoreTrailingZeros: true).WithMessage(Message);
}
