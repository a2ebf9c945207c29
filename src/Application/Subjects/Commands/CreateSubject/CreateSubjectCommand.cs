using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Commands.CreateSubject;

[Authorize(Role.Admin)]
public sealed record CreateSubjectCommand(string Code, string Name, int? Credits, string? Description)
    : ICommand<Versioned<SubjectDto>>, ISubjectDetails;
