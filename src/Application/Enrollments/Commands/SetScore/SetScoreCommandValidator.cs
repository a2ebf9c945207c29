using CleanStudents.Domain.Enrollments;
using FluentValidation;

namespace CleanStudents.Application.Enrollments.Commands.SetScore;

internal sealed class SetScoreCommandValidator : AbstractValidator<SetScoreCommand>
{
    public SetScoreCommandValidator() =>
        RuleFor(c => c.Score).Must(score => score is null || Grade.IsValidScore(score.Value))
            .WithMessage($"'{{PropertyName}}' must lie between {Grade.MinScore:0.00} and {Grade.MaxScore:0.00} with at most two decimals, or be null.");
}
