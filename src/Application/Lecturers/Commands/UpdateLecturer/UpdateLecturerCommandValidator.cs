namespace CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

internal sealed class UpdateLecturerCommandValidator : LecturerDetailsValidator<UpdateLecturerCommand>;
