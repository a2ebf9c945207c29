using CleanStudents.Domain.Common;

namespace CleanStudents.Domain.Students;

public sealed class Student : UserAccountHolder
{
    public static readonly DateOnly EarliestDateOfBirth = new(1900, 1, 1);

    private Student(Guid id, StudentNumber studentNumber, string firstName, string lastName, string email,
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

    public StudentNumber StudentNumber { get; private set; }
    public string FirstName { get; private set; }
    public string LastName { get; private set; }
    public string FullName => PersonName.FullName(FirstName, LastName);
    public string Email { get; private set; }
    public DateOnly DateOfBirth { get; private set; }
    public DateOnly EnrolledOn { get; private set; }
    public StudentStatus Status { get; private set; }

    /// <summary>
    /// Admits a new student; every new student starts <see cref="StudentStatus.Active"/>, with an
    /// assigned number when none is given.
    /// </summary>
    public static Outcome<Student> Admit(Guid id, string? studentNumber, string firstName, string lastName,
        string email, DateOnly? dateOfBirth, DateOnly enrolledOn)
    {
        var student = new Student(id, StudentNumber.Assign(id, enrolledOn), firstName, lastName, email,
            EarliestDateOfBirth, enrolledOn);
        return student.Update(studentNumber, firstName, lastName, email, dateOfBirth, null, StudentStatus.Active) is { } violation
            ? violation
            : student;
    }

    /// <summary>
    /// Replaces the record; a <see langword="null"/> student number or enrolment date keeps the
    /// current one, so a client that sends back what it read minus server-assigned fields loses
    /// nothing. Refuses a malformed number, a missing or impossible date of birth and an unknown
    /// status, changing nothing.
    /// </summary>
    public RuleViolation? Update(string? studentNumber, string firstName, string lastName, string email,
        DateOnly? dateOfBirth, DateOnly? enrolledOn, StudentStatus? status)
    {
        StudentNumber? number = null;
        if (studentNumber is not null && !Students.StudentNumber.TryCreate(studentNumber, out number))
        {
            return RuleViolation.InvalidValue(nameof(StudentNumber), Students.StudentNumber.Rule);
        }

        if (dateOfBirth is not { } born || born <= EarliestDateOfBirth)
        {
            return RuleViolation.InvalidValue(nameof(DateOfBirth), $"A date of birth lies after {EarliestDateOfBirth:yyyy-MM-dd}.");
        }

        if (status is not { } newStatus || !Enum.IsDefined(newStatus))
        {
            return RuleViolation.InvalidValue(nameof(Status), $"A status is one of {string.Join(", ", Enum.GetNames<StudentStatus>())}.");
        }

        StudentNumber = number ?? StudentNumber;
        FirstName = firstName.Trim();
        LastName = lastName.Trim();
        Email = EmailAddress.Normalize(email);
        DateOfBirth = born;
        EnrolledOn = enrolledOn ?? EnrolledOn;
        Status = newStatus;
        return null;
    }
}
