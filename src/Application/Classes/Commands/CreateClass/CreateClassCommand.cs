using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Classes.Commands.CreateClass;

[Authorize(Role.Admin)]
public sealed record CreateClassCommand(string Code, Guid SubjectId, Guid? LecturerId, string Term, int Capacity,
    string? Schedule, string? Room) : ICommand<Versioned<ClassDto>>, IClassFields;
