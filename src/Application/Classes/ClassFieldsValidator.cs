using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Classes;
using FluentValidation;

namespace CleanStudents.Application.Classes;

/// <summary>The rules of every command that writes a class; whether the ids exist is checked by the handler.</summary>
internal abstract class ClassFieldsValidator<T> : AbstractValidator<T>
    where T : IClassFields
{
    protected ClassFieldsValidator()
    {
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotEmpty().Format(ClassCode.PatternRegex());
        RuleFor(c => c.SubjectId).NotEmpty();
        RuleFor(c => c.LecturerId).NotEqual(Guid.Empty);
        RuleFor(c => c.Term).Cascade(CascadeMode.Stop).NotEmpty().SingleLine().Matches(Term.PatternRegex())
            .WithMessage($"'{{PropertyName}}' must match {Term.Pattern}, e.g. 2026-S1.");
        RuleFor(c => c.Capacity).InclusiveBetween(Class.MinCapacity, Class.MaxCapacity);
        RuleFor(c => c.Schedule).OptionalText(Class.ScheduleMaxLength);
        RuleFor(c => c.Room).OptionalText(Class.RoomMaxLength);
    }
}
