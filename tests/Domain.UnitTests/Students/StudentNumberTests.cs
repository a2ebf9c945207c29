using CleanStudents.Domain.Students;
using FsCheck;
using FsCheck.Fluent;

namespace CleanStudents.Domain.UnitTests.Students;

public sealed class StudentNumberTests
{
    [TestCase("ABC")]
    [TestCase("S2024-0001")]
    [TestCase("12345678901234567890")]
    public void Accepts_upper_case_letters_digits_and_dashes_of_3_to_20(string value) =>
        StudentNumber.IsValid(value).Should().BeTrue();

    [TestCase("AB")]
    [TestCase("123456789012345678901")]
    [TestCase("s2024-0001")]
    [TestCase("S2024 0001")]
    [TestCase("S2024_0001")]
    [TestCase("")]
    public void Refuses_anything_else(string value) => StudentNumber.IsValid(value).Should().BeFalse();

    [Test]
    public void Assigned_numbers_are_always_valid() =>
        Prop.ForAll<Guid, DateTime>((id, day) => StudentNumber.IsValid(StudentNumber.Assign(id, DateOnly.FromDateTime(day))))
            .QuickCheckThrowOnFailure();

    [Test]
    public void Assigned_numbers_carry_the_enrolment_year()
    {
        var number = StudentNumber.Assign(Guid.Parse("01a211bd-37bc-70f1-bbd4-67a07c6475bb"), new DateOnly(2026, 9, 1));

        number.Should().Be("S2026-7C6475BB");
    }
}
