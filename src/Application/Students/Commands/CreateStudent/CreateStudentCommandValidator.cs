using CleanStudents.Application.Common.Validation;
using FluentValidation;

namespace CleanStudents.Application.Students.Commands.CreateStudent;

internal sealed class CreateStudentCommandValidator : AbstractValidator<CreateStudentCommand>
{
    public CreateStudentCommandValidator(TimeProvider clock)
    {
        RuleFor(c => c.StudentNumber).StudentNumberFormat();
        RuleFor(c => c.FirstName).PersonName();
        RuleFor(c => c.LastName).PersonName();
        RuleFor(c => c.Email).Email();
        RuleFor(c => c.DateOfBirth).DateOfBirth(clock);
    }
}
