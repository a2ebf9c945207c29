using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Lecturers;
using FluentValidation;

namespace CleanStudents.Application.Lecturers;

/// <summary>The field rules that creating and updating a lecturer share.</summary>
internal abstract class LecturerDetailsValidator<T> : AbstractValidator<T>
    where T : ILecturerDetails
{
    protected LecturerDetailsValidator()
    {
        RuleFor(c => c.StaffNumber).Format(StaffNumber.PatternRegex());
        RuleFor(c => c.FirstName).PersonName();
        RuleFor(c => c.LastName).PersonName();
        RuleFor(c => c.Email).Email();
        RuleFor(c => c.Department).OptionalText(Lecturer.DepartmentMaxLength);
    }
}
