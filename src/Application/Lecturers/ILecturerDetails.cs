namespace CleanStudents.Application.Lecturers;

/// <summary>What an admin writes about a lecturer, on create and on update alike.</summary>
public interface ILecturerDetails
{
    string? StaffNumber { get; }
    string FirstName { get; }
    string LastName { get; }
    string Email { get; }
    string? Department { get; }
}
