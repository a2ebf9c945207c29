using FluentValidation;

namespace CleanStudents.Application.Enrollments.Commands.EnrollStudent;

internal sealed class EnrollStudentCommandValidator : AbstractValidator<EnrollStudentCommand>
{
    public EnrollStudentCommandValidator() => RuleFor(c => c.StudentId).NotEmpty();
}
