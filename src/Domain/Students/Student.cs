using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Students;

public sealed class Student : UserAccountHolder
{
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    private Student(Guid id, string studentNumber, string firstName, string lastName, string email,
        DateOnly dateOfBirth, DateOnly enrolledOn)
        : base(id)
    {
        StudentNumber = studentNumber;
        FirstName = firstName;
        LastName = lastName;
        Email = email;
        DateOfBirth = dateOfBirth;
        EnrolledOn = enrolledOn;
        Status = StudentStatus.Active;
    }

    public string StudentNumber { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string FullName => PersonName.FullName(FirstName, LastName);
    public string Email { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public DateOnly EnrolledOn { get; private set; }
    public StudentStatus Status { get; private set; }

    /// <summary>Admits a new student; every new student starts <see cref="StudentStatus.Active"/>.</summary>
    public static Student Admit(Guid id, string? studentNumber, string firstName, string lastName,
        string email, DateOnly dateOfBirth, DateOnly enrolledOn) =>
        new(id, studentNumber ?? Students.StudentNumber.Assign(id, enrolledOn), firstName.Trim(),
            lastName.Trim(), EmailAddress.Normalize(email), dateOfBirth, enrolledOn);

    /// <summary>
    /// Replaces the record; a <see langword="null"/> student number or enrolment date keeps the
    /// current one, so a client that sends back what it read minus server-assigned fields loses nothing.
    /// </summary>
    public void Update(string? studentNumber, string firstName, string lastName, string email,
        DateOnly dateOfBirth, DateOnly? enrolledOn, StudentStatus status)
    {
        StudentNumber = studentNumber ?? StudentNumber;
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = EmailAddress.Normalize(email);
        DateOfBirth = dateOfBirth;
        EnrolledOn = enrolledOn ?? EnrolledOn;
        Status = status;
    }
}
