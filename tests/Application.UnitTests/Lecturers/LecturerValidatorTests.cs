using CleanStudents.Application.Lecturers.Commands.CreateLecturer;
using CleanStudents.Application.Lecturers.Commands.UpdateLecturer;
using CleanStudents.Application.Lecturers.Queries.ListLecturers;

namespace CleanStudents.Application.UnitTests.Lecturers;

public sealed class LecturerValidatorTests
{
    private static CreateLecturerCommand Valid() => new(null, "Grace", "Hopper", "grace@example.com", "Computing");

    private static IEnumerable<string> FailingFields(CreateLecturerCommand command) =>
        new CreateLecturerCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();

    [Test]
    public void A_complete_lecturer_is_valid() => FailingFields(Valid()).Should().BeEmpty();

    [Test]
    public void Staff_number_and_department_are_optional() =>
        FailingFields(Valid() with { StaffNumber = null, Department = null }).Should().BeEmpty();

    /// <summary>The person rules (shared with students) at their edges, as a lecturer's fields.</summary>
    private static IEnumerable<TestCaseData> PersonFieldEdges()
    {
        var local = new string('g', 64);
        string EmailOf(int length) => $"{local}@{new string('h', length - local.Length - 5)}.com";

        yield return new TestCaseData(Valid() with { FirstName = "G", LastName = "H" }, null).SetName("one-letter names");
        yield return new TestCaseData(Valid() with { FirstName = "" }, "FirstName").SetName("empty first name");
        yield return new TestCaseData(Valid() with { LastName = "   " }, "LastName").SetName("blank last name");
        yield return new TestCaseData(Valid() with { LastName = new string('h', 100) }, null).SetName("100-letter name");
        yield return new TestCaseData(Valid() with { FirstName = new string('h', 101) }, "FirstName").SetName("101-letter name");
        yield return new TestCaseData(Valid() with { Email = "not-an-email" }, "Email").SetName("email without @");
        yield return new TestCaseData(Valid() with { Email = "" }, "Email").SetName("empty email");
        yield return new TestCaseData(Valid() with { Email = EmailOf(254) }, null).SetName("254-character email");
        yield return new TestCaseData(Valid() with { Email = EmailOf(255) }, "Email").SetName("255-character email");
    }

    [TestCaseSource(nameof(PersonFieldEdges))]
    public void Names_and_email_follow_the_person_rules(CreateLecturerCommand command, string? failingField) =>
        FailingFields(command).Should().Equal(failingField is null ? Array.Empty<string>() : [failingField]);

    [TestCase("ABC", true)]
    [TestCase("L-0001", true)]
    [TestCase("ABCDEFGHIJ0123456789", true)]
    [TestCase("AB", false)]
    [TestCase("ABCDEFGHIJ01234567890", false)]
    [TestCase("l-0001", false)]
    [TestCase("L 0001", false)]
    public void A_given_staff_number_must_match_the_format(string number, bool valid) =>
        FailingFields(Valid() with { StaffNumber = number }).Should().Equal(valid ? Array.Empty<string>() : ["StaffNumber"]);

    [Test]
    public void Department_may_have_100_characters_but_not_101()
    {
        FailingFields(Valid() with { Department = new string('d', 100) }).Should().BeEmpty();
        FailingFields(Valid() with { Department = new string('d', 101) }).Should().Equal("Department");
    }

    [Test]
    public void An_update_applies_the_same_rules_and_may_leave_out_the_staff_number()
    {
        var validator = new UpdateLecturerCommandValidator();
        var update = new UpdateLecturerCommand("L-0001", "Grace", "Hopper", "grace@example.com", null);

        validator.Validate(update).IsValid.Should().BeTrue();
        validator.Validate(update with { StaffNumber = "" }).Errors.Select(e => e.PropertyName).Should().Contain("StaffNumber");
        validator.Validate(update with { StaffNumber = null }).IsValid.Should().BeTrue("absent keeps the current number");
        validator.Validate(update with { FirstName = " ", Email = "nope" }).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("FirstName", "Email");
    }

    [TestCase("lastName")]
    [TestCase("-firstName")]
    [TestCase("staffNumber")]
    [TestCase("email")]
    [TestCase("-department")]
    public void The_list_sorts_by_the_documented_fields(string sort) =>
        new ListLecturersQueryValidator().Validate(new ListLecturersQuery(Sort: sort)).IsValid.Should().BeTrue();

    [TestCase("userId")]
    [TestCase("fullName")]
    public void The_list_refuses_other_sort_fields(string sort) =>
        new ListLecturersQueryValidator().Validate(new ListLecturersQuery(Sort: sort)).Errors
            .Select(e => e.PropertyName).Should().Equal("Sort");

    [TestCase(0, 20, "Page")]
    [TestCase(1, 0, "PageSize")]
    [TestCase(1, 101, "PageSize")]
    public void List_paging_is_bounded(int page, int pageSize, string field) =>
        new ListLecturersQueryValidator().Validate(new ListLecturersQuery(page, pageSize)).Errors
            .Select(e => e.PropertyName).Should().Equal(field);
}
