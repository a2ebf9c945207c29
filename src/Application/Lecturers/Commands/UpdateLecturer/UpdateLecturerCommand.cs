using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

/// <param name="StaffNumber">Unchanged when absent.</param>
[Authorize(Role.Admin)]
public sealed record UpdateLecturerCommand(string? StaffNumber, string FirstName, string LastName, string Email,
    string? Department) : ICommand<Versioned<LecturerDto>>, ILecturerDetails, IConditionalChange
{
    public Guid Id { get; init; }

    public uint? ExpectedVersion { get; init; }
}
