using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students.Commands.UpdateStudent;

/// <param name="StudentNumber">Unchanged when absent.</param>
/// <param name="EnrolledOn">Unchanged when absent.</param>
[Authorize(Role.Admin)]
public sealed record UpdateStudentCommand(string? StudentNumber, string FirstName, string LastName,
    string Email, DateOnly? DateOfBirth, DateOnly? EnrolledOn, StudentStatus? Status) : ICommand<Versioned<StudentDto>>, IConditionalChange
{
    public Guid Id { get; init; }

    public uint? ExpectedVersion { get; init; }
}
