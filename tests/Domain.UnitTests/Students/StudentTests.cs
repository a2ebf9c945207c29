using CleanStudents.Domain.Common;
using CleanStudents.Domain.Students;

namespace CleanStudents.Domain.UnitTests.Students;

public sealed class StudentTests
{
    private static readonly DateOnly Born = new(2004, 3, 14);
    private static readonly DateOnly Enrolled = new(2024, 9, 1);

    [Test]
    public void A_new_student_is_active_with_trimmed_names_and_a_lower_case_email()
    {
        var student = Student.Admit(Guid.NewGuid(), "S-001", "  Ada ", " Lovelace", " Ada@Example.COM ", Born, Enrolled).OrThrow();

        student.Status.Should().Be(StudentStatus.Active);
        student.FirstName.Should().Be("Ada");
        student.LastName.Should().Be("Lovelace");
        student.FullName.Should().Be("Ada Lovelace");
        student.Email.Should().Be("ada@example.com");
        student.UserId.Should().BeNull();
    }

    [Test]
    public void Without_a_student_number_the_school_assigns_one()
    {
        var id = Guid.NewGuid();

        var student = Student.Admit(id, null, "Ada", "Lovelace", "ada@example.com", Born, Enrolled).OrThrow();

        student.StudentNumber.Should().Be(StudentNumber.Assign(id, Enrolled));
    }

    [Test]
    public void Update_changes_every_field_and_normalizes_the_email()
    {
        var student = Student.Admit(Guid.NewGuid(), "S-001", "Ada", "Lovelace", "ada@example.com", Born, Enrolled).OrThrow();

        student.Update("S-002", "Augusta", "King", "AUGUSTA@example.com", Born.AddYears(1), Enrolled.AddYears(1),
            StudentStatus.Graduated);

        student.Should().BeEquivalentTo(new
        {
            StudentNumber = StudentNumber.Create("S-002"),
            FirstName = "Augusta",
            LastName = "King",
            Email = "augusta@example.com",
            DateOfBirth = Born.AddYears(1),
            EnrolledOn = Enrolled.AddYears(1),
            Status = StudentStatus.Graduated,
        });
    }

    [Test]
    public void Update_without_a_student_number_or_enrolment_date_keeps_them()
    {
        var student = Student.Admit(Guid.NewGuid(), "S-001", "Ada", "Lovelace", "ada@example.com", Born, Enrolled).OrThrow();

        student.Update(null, "Augusta", "King", "augusta@example.com", Born, null, StudentStatus.Suspended);

        student.StudentNumber.Value.Should().Be("S-001");
        student.EnrolledOn.Should().Be(Enrolled);
        student.LastName.Should().Be("King");
    }

    [Test]
    public void Linking_a_user_records_their_subject()
    {
        var student = Student.Admit(Guid.NewGuid(), null, "Ada", "Lovelace", "ada@example.com", Born, Enrolled).OrThrow();

        student.LinkUser("c0ffee00-0000-4000-8000-000000000001");

        student.UserId.Should().Be("c0ffee00-0000-4000-8000-000000000001");
    }

    [Test]
    public void A_malformed_number_or_a_missing_date_of_birth_is_refused_and_changes_nothing()
    {
        var student = Student.Admit(Guid.NewGuid(), "S-001", "Ada", "Lovelace", "ada@example.com", Born, Enrolled).OrThrow();

        var badNumber = student.Update("s-002", "Augusta", "King", "augusta@example.com", Born, null, StudentStatus.Active);
        var noBirthday = student.Update(null, "Augusta", "King", "augusta@example.com", null, null, StudentStatus.Active);
        var noStatus = student.Update(null, "Augusta", "King", "augusta@example.com", Born, null, null);

        badNumber.Should().Be(RuleViolation.InvalidValue(nameof(Student.StudentNumber), StudentNumber.Rule));
        noBirthday!.Field.Should().Be(nameof(Student.DateOfBirth));
        noStatus!.Field.Should().Be(nameof(Student.Status));
        student.Should().BeEquivalentTo(new { StudentNumber = StudentNumber.Create("S-001"), LastName = "Lovelace" });
    }

    [Test]
    public void Admitting_with_a_malformed_number_admits_nobody() =>
        Student.Admit(Guid.NewGuid(), "S 001", "Ada", "Lovelace", "ada@example.com", Born, Enrolled).Violation!
            .Kind.Should().Be(RuleViolationKind.InvalidValue);
}
