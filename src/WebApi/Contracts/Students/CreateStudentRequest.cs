using CleanStudents.Application.Students.Commands.CreateStudent;

namespace CleanStudents.WebApi.Contracts.Students;

/// <summary>A new student.</summary>
/// <param name="StudentNumber">Assigned by the server when absent.</param>
/// <param name="EnrolledOn">Today when absent.</param>
internal sealed record CreateStudentRequest(string FirstName, string LastName, string Email, DateOnly? DateOfBirth,
    string? StudentNumber = null, DateOnly? EnrolledOn = null) : IBodyOf<CreateStudentCommand>
{
    public CreateStudentCommand ToCommand() => new(StudentNumber, FirstName, LastName, Email, DateOfBirth, EnrolledOn);
}
