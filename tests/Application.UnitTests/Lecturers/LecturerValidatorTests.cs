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

    [TestCase("", false)]
    [TestCase("   ", false)]
    [TestCase("G", true)]
    public void Names_must_not_be_blank(string name, bool valid) =>
        FailingFields(Valid() with { FirstName = name, LastName = name }).Should().HaveCount(valid ? 0 : 2);

    [Test]
    public void Names_may_have_100_characters_but_not_101()
    {
        FailingFields(Valid() with { LastName = new string('h', 100) }).Should().BeEmpty();
        FailingFields(Valid() with { LastName = new string('h', 101) }).Should().Equal("LastName");
    }

    [TestCase("not-an-email")]
    [TestCase("")]
    public void Email_must_be_an_address(string email) =>
        FailingFields(Valid() with { Email = email }).Should().Equal("Email");

    [Test]
    public void Email_may_have_254_characters_but_not_255()
    {
        var local = new string('g', 64);
        string Of(int length) => $"{local}@{new string('h', length - local.Length - 5)}.com";

        FailingFields(Valid() with { Email = Of(254) }).Should().BeEmpty();
        FailingFields(Valid() with { Email = Of(255) }).Should().Equal("Email");
    }

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
    public void An_update_applies_the_same_rules_and_needs_the_staff_number()
    {
        var validator = new UpdateLecturerCommandValidator();
        var update = new UpdateLecturerCommand("L-0001", "Grace", "Hopper", "grace@example.com", null);

        validator.Validate(update).IsValid.Should().BeTrue();
        validator.Validate(update with { StaffNumber = "" }).Errors.Select(e => e.PropertyName).Should().Contain("StaffNumber");
        validator.Validate(update with { StaffNumber = null! }).Errors.Select(e => e.PropertyName).Should().Equal("StaffNumber");
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
