using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Subjects;
using FluentValidation;

namespace CleanStudents.Application.Subjects;

/// <summary>The field rules that creating and updating a subject share.</summary>
internal abstract class SubjectDetailsValidator<T> : AbstractValidator<T>
    where T : ISubjectDetails
{
    protected SubjectDetailsValidator()
    {
        RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotEmpty().Format(SubjectCode.PatternRegex());
        RuleFor(c => c.Name).RequiredText(Subject.NameMaxLength);
        RuleFor(c => c.Credits).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(Subject.MinCredits, Subject.MaxCredits);
        RuleFor(c => c.Description).OptionalMultilineText(Subject.DescriptionMaxLength);
    }
}
