using CleanStudents.Domain.Students;
using FsCheck;
using FsCheck.Fluent;

namespace CleanStudents.Domain.UnitTests.Students;

public sealed class StudentNumberTests
{
    [Test]
    public void Assigned_numbers_are_always_valid() =>
        Prop.ForAll<Guid, DateTime>((id, day) =>
                StudentNumber.TryCreate(StudentNumber.Assign(id, DateOnly.FromDateTime(day)).Value, out _))
            .QuickCheckThrowOnFailure();

    [Test]
    public void Assigned_numbers_carry_the_enrolment_year()
    {
        var number = StudentNumber.Assign(Guid.Parse("01a211bd-37bc-70f1-bbd4-67a07c6475bb"), new DateOnly(2026, 9, 1));

        number.Value.Should().Be("S2026-7C6475BB");
    }

    [Test]
    public void Two_numbers_with_the_same_text_are_equal() =>
        StudentNumber.Create("S2024-0001").Should().Be(StudentNumber.Create("S2024-0001"));
}
