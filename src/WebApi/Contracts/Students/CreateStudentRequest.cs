using CleanStudents.Application.Students.Commands.CreateStudent;

namespace CleanStudents.WebApi.Contracts.Students;

/// <summary>A new student.</summary>
/// <param name="StudentNumber">Assigned by the server when absent.</param>
/// <param name="EnrolledOn">Today when absent.</param>
internal sealed record CreateStudentRequest(string FirstName, string LastName, string Email, DateOnly? DateOfBirth,
    string? StudentNumber = null, DateOnly? EnrolledOn = null) : IBodyOf<CreateStudentCommand, CreateStudentRequest>
{
    public static CreateStudentRequest Example { get; } =
        new("Ada", "Lovelace", "ada.lovelace@example.edu", new DateOnly(2005, 12, 10), "S2026-ADA001", new DateOnly(2026, 9, 1));

    public CreateStudentCommand ToCommand() => new(StudentNumber, FirstName, LastName, Email, DateOfBirth, EnrolledOn);
}
