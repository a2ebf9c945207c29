using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Subjects.Commands.UpdateSubject;

[Authorize(Role.Admin)]
public sealed record UpdateSubjectCommand(string Code, string Name, int? Credits, string? Description)
    : ICommand<Versioned<SubjectDto>>, ISubjectDetails
{
    public Guid Id { get; init; }

    /// <summary>From <c>If-Match</c>; when present, a stale version is refused.</summary>
    public uint? ExpectedVersion { get; init; }
}
