using CleanStudents.Domain.Subjects;

namespace CleanStudents.Domain.UnitTests.Subjects;

public sealed class SubjectTests
{
    [Test]
    public void A_new_subject_keeps_its_code_and_trims_its_texts()
    {
        var subject = Subject.Define(Guid.NewGuid(), "MATH101", "  Calculus I ", 6, " Limits and derivatives. ");

        subject.Should().BeEquivalentTo(new
        {
            Code = "MATH101",
            Name = "Calculus I",
            Credits = 6,
            Description = "Limits and derivatives.",
        });
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase(" \n ")]
    public void A_blank_description_is_stored_as_none(string? description) =>
        Subject.Define(Guid.NewGuid(), "MATH101", "Calculus I", 6, description).Description.Should().BeNull();

    [Test]
    public void Update_changes_every_field()
    {
        var subject = Subject.Define(Guid.NewGuid(), "MATH101", "Calculus I", 6, "Limits.");

        subject.Update("MATH102", " Calculus II", 8, " ");

        subject.Should().BeEquivalentTo(new { Code = "MATH102", Name = "Calculus II", Credits = 8, Description = (string?)null });
    }
}
