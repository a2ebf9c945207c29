using CleanStudents.Domain.Common;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Domain.UnitTests.Lecturers;

public sealed class LecturerTests
{
    [Test]
    public void A_new_lecturer_has_trimmed_names_a_lower_case_email_and_no_user_yet()
    {
        var lecturer = Lecturer.Hire(Guid.NewGuid(), "L-001", " Grace ", "Hopper  ", " Grace@Navy.MIL ", " Computing ").OrThrow();

        lecturer.Should().BeEquivalentTo(new
        {
            StaffNumber = StaffNumber.Create("L-001"),
            FirstName = "Grace",
            LastName = "Hopper",
            FullName = "Grace Hopper",
            Email = "grace@navy.mil",
            Department = "Computing",
            UserId = (string?)null,
        });
    }

    [Test]
    public void Without_a_staff_number_the_school_assigns_one_from_the_id()
    {
        var id = Guid.Parse("0193a5b2-7c1d-7e4f-8a9b-0c1d2e3f4a5b");

        var lecturer = Lecturer.Hire(id, null, "Grace", "Hopper", "grace@example.com", null).OrThrow();

        lecturer.StaffNumber.Value.Should().Be("L-2E3F4A5B");
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void A_blank_department_is_stored_as_none(string? department) =>
        Lecturer.Hire(Guid.NewGuid(), null, "Grace", "Hopper", "grace@example.com", department).OrThrow().Department.Should().BeNull();

    [Test]
    public void Update_changes_every_field_with_the_same_normalization()
    {
        var lecturer = Lecturer.Hire(Guid.NewGuid(), "L-001", "Grace", "Hopper", "grace@example.com", "Computing").OrThrow();

        lecturer.Update("L-002", " Ada ", " Lovelace", "ADA@example.com", "  ");

        lecturer.Should().BeEquivalentTo(new
        {
            StaffNumber = StaffNumber.Create("L-002"),
            FirstName = "Ada",
            LastName = "Lovelace",
            Email = "ada@example.com",
            Department = (string?)null,
        });
    }

    [Test]
    public void Update_without_a_staff_number_keeps_it()
    {
        var lecturer = Lecturer.Hire(Guid.NewGuid(), "L-001", "Grace", "Hopper", "grace@example.com", "Computing").OrThrow();

        lecturer.Update(null, "Grace", "Brewster", "grace@example.com", "Computing");

        lecturer.StaffNumber.Value.Should().Be("L-001");
        lecturer.LastName.Should().Be("Brewster");
    }

    [Test]
    public void A_malformed_staff_number_is_refused_and_changes_nothing()
    {
        var lecturer = Lecturer.Hire(Guid.NewGuid(), "L-001", "Grace", "Hopper", "grace@example.com", "Computing").OrThrow();

        var violation = lecturer.Update("l-002", "Grace", "Brewster", "grace@example.com", "Computing");

        violation.Should().Be(RuleViolation.InvalidValue(nameof(Lecturer.StaffNumber), StaffNumber.Rule));
        lecturer.Should().BeEquivalentTo(new { StaffNumber = StaffNumber.Create("L-001"), LastName = "Hopper" });
    }
}
