namespace CleanStudents.Application.Lecturers.Commands.CreateLecturer;

internal sealed class CreateLecturerCommandValidator : LecturerDetailsValidator<CreateLecturerCommand>;
