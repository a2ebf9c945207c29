using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

/// <param name="StaffNumber">Unchanged when absent.</param>
[Authorize(Role.Admin)]
public sealed record UpdateLecturerCommand(string? StaffNumber, string FirstName, string LastName, string Email,
    string? Department) : ICommand<Versioned<LecturerDto>>, ILecturerDetails
{
    public Guid Id { get; init; }

    /// <summary>From <c>If-Match</c>; when present, a stale version is refused.</summary>
    public uint? ExpectedVersion { get; init; }
}
