using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Classes.Commands.UpdateClass;

[Authorize(Role.Admin)]
public sealed record UpdateClassCommand(string Code, Guid SubjectId, Guid? LecturerId, string Term, int Capacity,
    string? Schedule, string? Room) : ICommand<Versioned<ClassDto>>, IClassFields, IConditionalChange
{
    public Guid Id { get; init; }

    public uint? ExpectedVersion { get; init; }
}
