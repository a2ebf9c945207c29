using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Students.Commands.CreateStudent;

/// <param name="StudentNumber">Assigned by the server when absent.</param>
/// <param name="EnrolledOn">Today when absent.</param>
[Authorize(Role.Admin)]
[Counts(BusinessMetric.StudentsCreated)]
public sealed record CreateStudentCommand(string? StudentNumber, string FirstName, string LastName, string Email,
    DateOnly? DateOfBirth, DateOnly? EnrolledOn) : ICommand<Versioned<StudentDto>>;
