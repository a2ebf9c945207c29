using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Students;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Domain.UnitTests.Common;

/// <summary>Every value written in a fixed format: what it accepts at its boundaries, and that it refuses the rest.</summary>
public sealed class FormattedValueTests
{
    private static readonly Dictionary<string, Func<string?, string?>> Readers = new()
    {
        ["StudentNumber"] = text => StudentNumber.TryCreate(text, out var value) ? value.Value : null,
        ["StaffNumber"] = text => StaffNumber.TryCreate(text, out var value) ? value.Value : null,
        ["SubjectCode"] = text => SubjectCode.TryCreate(text, out var value) ? value.Value : null,
        ["ClassCode"] = text => ClassCode.TryCreate(text, out var value) ? value.Value : null,
        ["Term"] = text => Term.TryCreate(text, out var value) ? value.Value : null,
    };

    [TestCase("StudentNumber", "ABC")]
    [TestCase("StudentNumber", "S2024-0001")]
    [TestCase("StudentNumber", "12345678901234567890")]
    [TestCase("StaffNumber", "L-1")]
    [TestCase("StaffNumber", "ABCDEFGHIJKLMNOPQRST")]
    [TestCase("SubjectCode", "CS10")]
    [TestCase("SubjectCode", "MATHS1234")]
    [TestCase("ClassCode", "A1")]
    [TestCase("ClassCode", "CS101-2026S1-ABCDEFGHIJKLMNOPQ")]
    [TestCase("Term", "2026-S1")]
    [TestCase("Term", "1999-S3")]
    public void Valid_text_becomes_a_value_with_that_text(string type, string text) =>
        Readers[type](text).Should().Be(text);

    [TestCase("StudentNumber", "AB")]
    [TestCase("StudentNumber", "123456789012345678901")]
    [TestCase("StudentNumber", "s2024-0001")]
    [TestCase("StudentNumber", "S2024 0001")]
    [TestCase("StudentNumber", "S2024-0001\n")]
    [TestCase("StaffNumber", "L1")]
    [TestCase("StaffNumber", "ABCDEFGHIJKLMNOPQRSTU")]
    [TestCase("SubjectCode", "C101")]
    [TestCase("SubjectCode", "math101")]
    [TestCase("SubjectCode", "MATHS12345")]
    [TestCase("ClassCode", "A")]
    [TestCase("ClassCode", "CS101-2026S1-ABCDEFGHIJKLMNOPQR")]
    [TestCase("ClassCode", "cs101")]
    [TestCase("Term", "2026-S4")]
    [TestCase("Term", "26-S1")]
    [TestCase("Term", "2026-s1")]
    [TestCase("Term", "2026-S1\n")]
    public void Anything_else_is_refused(string type, string text) => Readers[type](text).Should().BeNull();

    [TestCase("StudentNumber")]
    [TestCase("StaffNumber")]
    [TestCase("SubjectCode")]
    [TestCase("ClassCode")]
    [TestCase("Term")]
    public void No_text_is_no_value(string type)
    {
        Readers[type](null).Should().BeNull();
        Readers[type]("").Should().BeNull();
    }

    [Test]
    public void Creating_from_text_that_breaks_the_rule_is_a_bug_and_throws() =>
        FluentActions.Invoking(() => ClassCode.Create("not a code")).Should().Throw<ArgumentException>()
            .WithMessage($"*{ClassCode.Pattern}*");
}
