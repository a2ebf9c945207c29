using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Commands.UpdateSubject;

[Authorize(Role.Admin)]
public sealed record UpdateSubjectCommand(string Code, string Name, int? Credits, string? Description)
    : ICommand<Versioned<SubjectDto>>, ISubjectDetails, IConditionalChange
{
    public Guid Id { get; init; }

    public uint? ExpectedVersion { get; init; }
}
