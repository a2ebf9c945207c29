using CleanStudents.Application.Lecturers.Commands.CreateLecturer;

namespace CleanStudents.WebApi.Contracts.Lecturers;

/// <summary>A new lecturer.</summary>
/// <param name="StaffNumber">Assigned by the server when absent.</param>
internal sealed record CreateLecturerRequest(string FirstName, string LastName, string Email, string? StaffNumber = null,
    string? Department = null) : IBodyOf<CreateLecturerCommand, CreateLecturerRequest>
{
    public static CreateLecturerRequest Example { get; } =
        new("Grace", "Hopper", "grace.hopper@example.edu", "L-GH1906", "Computing");

    public CreateLecturerCommand ToCommand() => new(StaffNumber, FirstName, LastName, Email, Department);
}
