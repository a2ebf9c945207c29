using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Lecturers.Commands.CreateLecturer;

/// <param name="StaffNumber">Assigned by the server when absent.</param>
[Authorize(Role.Admin)]
public sealed record CreateLecturerCommand(string? StaffNumber, string FirstName, string LastName, string Email,
    string? Department) : ICommand<Versioned<LecturerDto>>, ILecturerDetails;
