using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Domain.Students;

namespace CleanStudents.WebApi.Contracts.Students;

/// <summary>A student's whole record, replaced.</summary>
/// <param name="StudentNumber">Unchanged when absent.</param>
/// <param name="EnrolledOn">Unchanged when absent.</param>
internal sealed record UpdateStudentRequest(string FirstName, string LastName, string Email, DateOnly? DateOfBirth,
    StudentStatus? Status, string? StudentNumber = null, DateOnly? EnrolledOn = null) : IBodyOf<UpdateStudentCommand, UpdateStudentRequest>
{
    public static UpdateStudentRequest Example { get; } =
        new("Ada", "King", "ada.king@example.edu", new DateOnly(2005, 12, 10), StudentStatus.Active);

    public UpdateStudentCommand ToCommand(Guid id, uint? expectedVersion) =>
        new(StudentNumber, FirstName, LastName, Email, DateOfBirth, EnrolledOn, Status) { Id = id, ExpectedVersion = expectedVersion };
}
