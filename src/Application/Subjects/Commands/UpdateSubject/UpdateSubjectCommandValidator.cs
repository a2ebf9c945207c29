namespace CleanStudents.Application.Subjects.Commands.UpdateSubject;

internal sealed class UpdateSubjectCommandValidator : SubjectDetailsValidator<UpdateSubjectCommand>;
