using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Lecturers;

public sealed class Lecturer : UserAccountHolder
{
    public const int StaffNumberMaxLength = 20;
    public const string StaffNumberPattern = "^[A-Z0-9-]{3,20}$";
    public const int DepartmentMaxLength = 100;

    private Lecturer(Guid id, string staffNumber, string firstName, string lastName, string email, string? department)
        : base(id)
    {
        StaffNumber = staffNumber;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        Department = department;
    }

    public string StaffNumber { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string FullName => PersonName.FullName(FirstName, LastName);
    public string Email { get; private set; }
    public string? Department { get; private set; }

    public static Lecturer Hire(Guid id, string? staffNumber, string firstName, string lastName, string email,
        string? department) =>
        new(id, staffNumber ?? AssignStaffNumber(id), firstName.Trim(), lastName.Trim(), EmailAddress.Normalize(email),
            OptionalText.Normalize(department));

    /// <summary>Replaces the record; a <see langword="null"/> staff number keeps the current one.</summary>
    public void Update(string? staffNumber, string firstName, string lastName, string email, string? department)
    {
        StaffNumber = staffNumber ?? StaffNumber;
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = EmailAddress.Normalize(email);
        Department = OptionalText.Normalize(department);
    }

    /// <summary>Ids are UUIDv7: the random tail, not the timestamp head, makes the number unique.</summary>
    private static string AssignStaffNumber(Guid id) => $"L-{id.ToString("N")[^8..].ToUpperInvariant()}";
}
