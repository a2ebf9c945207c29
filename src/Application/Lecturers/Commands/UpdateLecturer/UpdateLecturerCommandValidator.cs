using FluentValidation;

namespace CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

internal sealed class UpdateLecturerCommandValidator : LecturerDetailsValidator<UpdateLecturerCommand>
{
    /// <summary>An update replaces the whole record, so the staff number must be given.</summary>
    public UpdateLecturerCommandValidator() => RuleFor(c => c.StaffNumber).NotEmpty();
}
