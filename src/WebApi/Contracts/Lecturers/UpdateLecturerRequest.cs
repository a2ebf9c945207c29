using CleanStudents.Application.Lecturers.Commands.UpdateLecturer;

namespace CleanStudents.WebApi.Contracts.Lecturers;

/// <summary>A lecturer's whole record, replaced.</summary>
/// <param name="StaffNumber">Unchanged when absent.</param>
/// <param name="Department">None when absent.</param>
internal sealed record UpdateLecturerRequest(string FirstName, string LastName, string Email, string? StaffNumber = null,
    string? Department = null) : IBodyOf<UpdateLecturerCommand, UpdateLecturerRequest>
{
    public static UpdateLecturerRequest Example { get; } =
        new("Grace", "Hopper", "rear.admiral.hopper@example.edu", Department: "Mathematics");

    public UpdateLecturerCommand ToCommand(Guid id, uint? expectedVersion) =>
        new(StaffNumber, FirstName, LastName, Email, Department) { Id = id, ExpectedVersion = expectedVersion };
}
