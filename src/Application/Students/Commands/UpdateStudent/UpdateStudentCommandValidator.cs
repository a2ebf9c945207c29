using CleanStudents.Application.Common.Validation;
using FluentValidation;

namespace CleanStudents.Application.Students.Commands.UpdateStudent;

internal sealed class UpdateStudentCommandValidator : AbstractValidator<UpdateStudentCommand>
{
    public UpdateStudentCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.StudentNumber).StudentNumberFormat();
        RuleFor(c => c.FirstName).PersonName();
        RuleFor(c => c.LastName).PersonName();
        RuleFor(c => c.Email).Email();
        RuleFor(c => c.DateOfBirth).DateOfBirth(clock);
        RuleFor(c => c.Status).NotNull().IsInEnum();
    }
}
