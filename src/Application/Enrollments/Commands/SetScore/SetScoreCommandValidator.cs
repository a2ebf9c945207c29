using CleanStudents.Domain.Enrollments;
using FluentValidation;

namespace CleanStudents.Application.Enrollments.Commands.SetScore;

internal sealed class SetScoreCommandValidator : AbstractValidator<SetScoreCommand>
{
    private static readonly string Message =
        $"'{{PropertyName}}' must lie between {Score.Min:0.00} and {Score.Max:0.00} with at most two decimals, or be null.";

    // The range and the two decimals as separate rules (one message), so the document can state both.
    public SetScoreCommandValidator() =>
        RuleFor(c => c.Score).InclusiveBetween(Score.Min, Score.Max).WithMessage(Message)
            .PrecisionScale(Score.Precision, Score.Decimals, ignoreTrailingZeros: true).WithMessage(Message);
}
