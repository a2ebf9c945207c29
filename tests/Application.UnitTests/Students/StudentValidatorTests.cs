using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Application.Students.Queries.ListStudents;
using CleanStudents.Domain.Students;
using Microsoft.Extensions.Time.Testing;

namespace CleanStudents.Application.UnitTests.Students;

public sealed class StudentValidatorTests
{
    private static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private static readonly DateOnly Today = new(2026, 11, 25);

    private static CreateStudentCommand Valid() => new(null, "Ada", "Lovelace", "ada@example.com", new DateOnly(2004, 3, 14), null);

    private static IEnumerable<string> FailingFields(CreateStudentCommand command) =>
        new CreateStudentCommandValidator(Clock).Validate(command).Errors.Select(e => e.PropertyName).Distinct();

    [Test]
    public void A_complete_student_is_valid() => FailingFields(Valid()).Should().BeEmpty();

    [TestCase("", false)]
    [TestCase("   ", false)]
    [TestCase("A", true)]
    public void Names_must_not_be_blank(string name, bool valid) =>
        FailingFields(Valid() with { FirstName = name, LastName = name }).Should().HaveCount(valid ? 0 : 2);

    [Test]
    public void Names_may_have_100_characters_but_not_101()
    {
        FailingFields(Valid() with { FirstName = new string('a', 100) }).Should().BeEmpty();
        FailingFields(Valid() with { FirstName = new string('a', 101) }).Should().Equal("FirstName");
    }

    [TestCase("Ada\u0000")]
    [TestCase("Ada\n")]
    [TestCase("\u001B[31mAda")]
    [TestCase("Ada\u0085")]
    public void No_field_takes_a_control_character(string text) =>
        FailingFields(Valid() with { FirstName = text, LastName = text, Email = $"{text}@example.com", StudentNumber = "S-1" + text })
            .Should().BeEquivalentTo("FirstName", "LastName", "Email", "StudentNumber");

    [TestCase("not-an-email")]
    [TestCase("")]
    public void Email_must_be_an_address(string email) =>
        FailingFields(Valid() with { Email = email }).Should().Equal("Email");

    [Test]
    public void Email_may_have_254_characters_but_not_255()
    {
        var local = new string('a', 64);
        string Of(int length) => $"{local}@{new string('b', length - local.Length - 5)}.com";

        FailingFields(Valid() with { Email = Of(254) }).Should().BeEmpty();
        FailingFields(Valid() with { Email = Of(255) }).Should().Equal("Email");
    }

    [TestCase(1900, 1, 1, false)]
    [TestCase(1900, 1, 2, true)]
    [TestCase(2026, 11, 24, true)]
    [TestCase(2026, 11, 25, false)]
    public void Date_of_birth_lies_after_1900_and_before_today(int year, int month, int day, bool valid) =>
        FailingFields(Valid() with { DateOfBirth = new DateOnly(year, month, day) }).Should().HaveCount(valid ? 0 : 1);

    [Test]
    public void Date_of_birth_is_required() =>
        FailingFields(Valid() with { DateOfBirth = null }).Should().Equal("DateOfBirth");

    [TestCase("S2024-0001", true)]
    [TestCase("s2024", false)]
    [TestCase("AB", false)]
    public void A_given_student_number_must_match_the_format(string number, bool valid) =>
        FailingFields(Valid() with { StudentNumber = number }).Should().HaveCount(valid ? 0 : 1);

    [Test]
    public void An_update_must_say_the_status()
    {
        var update = new UpdateStudentCommand("S-100", "Ada", "Lovelace", "ada@example.com", Today.AddYears(-20), null, null);

        new UpdateStudentCommandValidator(Clock).Validate(update).Errors.Select(e => e.PropertyName).Should().Equal("Status");
        new UpdateStudentCommandValidator(Clock).Validate(update with { Status = StudentStatus.Graduated }).IsValid.Should().BeTrue();
    }

    [TestCase(0, 20, "page")]
    [TestCase(1, 0, "pageSize")]
    [TestCase(1, 101, "pageSize")]
    public void List_paging_is_bounded(int page, int pageSize, string field) =>
        new ListStudentsQueryValidator().Validate(new ListStudentsQuery(page, pageSize)).Errors
            .Select(e => e.PropertyName).Should().Equal(char.ToUpperInvariant(field[0]) + field[1..]);

    [Test]
    public void List_sort_must_name_a_sortable_field()
    {
        var validator = new ListStudentsQueryValidator();

        validator.Validate(new ListStudentsQuery(Sort: "-enrolledOn")).IsValid.Should().BeTrue();
        validator.Validate(new ListStudentsQuery(Sort: "dateOfBirth")).IsValid.Should().BeFalse();
    }
}
