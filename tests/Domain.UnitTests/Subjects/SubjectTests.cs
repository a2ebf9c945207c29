using CleanStudents.Domain.Common;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Domain.UnitTests.Subjects;

public sealed class SubjectTests
{
    [Test]
    public void A_new_subject_keeps_its_code_and_trims_its_texts()
    {
        var subject = Subject.Define(Guid.NewGuid(), "MATH101", "  Calculus I ", 6, " Limits and derivatives. ").OrThrow();

        subject.Should().BeEquivalentTo(new
        {
            Code = SubjectCode.Create("MATH101"),
            Name = "Calculus I",
            Credits = 6,
            Description = "Limits and derivatives.",
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \n ")]
    public void A_blank_description_is_stored_as_none(string? description) =>
        Subject.Define(Guid.NewGuid(), "MATH101", "Calculus I", 6, description).OrThrow().Description.Should().BeNull();

    [Test]
    public void Update_changes_every_field()
    {
        var subject = Subject.Define(Guid.NewGuid(), "MATH101", "Calculus I", 6, "Limits.").OrThrow();

        subject.Update("MATH102", " Calculus II", 8, " ");

        subject.Should().BeEquivalentTo(new { Code = SubjectCode.Create("MATH102"), Name = "Calculus II", Credits = 8, Description = (string?)null });
    }

    [TestCase("math101", null, "Code")]
    [TestCase("MATH101", null, "Credits")]
    [TestCase("MATH101", 0, "Credits")]
    [TestCase("MATH101", 11, "Credits")]
    public void A_malformed_code_or_credits_out_of_range_define_nothing(string code, int? credits, string field) =>
        Subject.Define(Guid.NewGuid(), code, "Calculus I", credits, null).Violation.Should()
            .BeEquivalentTo(new { Kind = RuleViolationKind.InvalidValue, Field = field });
}
