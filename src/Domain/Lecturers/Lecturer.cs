using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Lecturers;

public sealed class Lecturer : UserAccountHolder
{
    public const int DepartmentMaxLength = 100;

    private Lecturer(Guid id, StaffNumber staffNumber, string firstName, string lastName, string email, string? department)
        : base(id)
    {
        StaffNumber = staffNumber;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        Department = department;
    }

    public StaffNumber StaffNumber { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string FullName => PersonName.FullName(FirstName, LastName);
    public string Email { get; private set; }
    public string? Department { get; private set; }

    /// <summary>Hires a lecturer, with an assigned staff number when none is given.</summary>
    public static Outcome<Lecturer> Hire(Guid id, string? staffNumber, string firstName, string lastName, string email,
        string? department)
    {
        var lecturer = new Lecturer(id, StaffNumber.Assign(id), firstName, lastName, email, department);
        return lecturer.Update(staffNumber, firstName, lastName, email, department) is { } violation ? violation : lecturer;
    }

    /// <summary>
    /// Replaces the record; a <see langword="null"/> staff number keeps the current one. Refuses a
    /// malformed staff number, changing nothing.
    /// </summary>
    public RuleViolation? Update(string? staffNumber, string firstName, string lastName, string email, string? department)
    {
        StaffNumber? number = null;
        if (staffNumber is not null && !Lecturers.StaffNumber.TryCreate(staffNumber, out number))
        {
            return RuleViolation.InvalidValue(nameof(StaffNumber), Lecturers.StaffNumber.Rule);
        }

        StaffNumber = number ?? StaffNumber;
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = EmailAddress.Normalize(email);
        Department = OptionalText.Normalize(department);
        return null;
    }
}
