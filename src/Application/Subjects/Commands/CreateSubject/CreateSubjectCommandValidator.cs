namespace CleanStudents.Application.Subjects.Commands.CreateSubject;

internal sealed class CreateSubjectCommandValidator : SubjectDetailsValidator<CreateSubjectCommand>;
