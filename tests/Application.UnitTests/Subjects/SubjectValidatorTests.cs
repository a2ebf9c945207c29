using CleanStudents.Application.Subjects.Commands.CreateSubject;
using CleanStudents.Application.Subjects.Commands.UpdateSubject;
using CleanStudents.Application.Subjects.Queries.ListSubjects;

namespace CleanStudents.Application.UnitTests.Subjects;

public sealed class SubjectValidatorTests
{
    private static CreateSubjectCommand Valid() => new("MATH101", "Calculus I", 6, "Limits, derivatives and integrals.");

    private static IEnumerable<string> FailingFields(CreateSubjectCommand command) =>
        new CreateSubjectCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();

    [Test]
    public void A_complete_subject_is_valid() => FailingFields(Valid()).Should().BeEmpty();

    [TestCase("AB12", true)]
    [TestCase("ABCDE1234", true)]
    [TestCase("CS50", true)]
    [TestCase("A12", false)]
    [TestCase("ABCDEF12", false)]
    [TestCase("AB1", false)]
    [TestCase("AB12345", false)]
    [TestCase("math101", false)]
    [TestCase("MATH-101", false)]
    [TestCase("", false)]
    public void The_code_is_two_to_five_capitals_then_two_to_four_digits(string code, bool valid) =>
        FailingFields(Valid() with { Code = code }).Should().Equal(valid ? Array.Empty<string>() : ["Code"]);

    [Test]
    public void A_missing_code_is_refused_once() =>
        new CreateSubjectCommandValidator().Validate(Valid() with { Code = null! }).Errors
            .Select(e => e.PropertyName).Should().Equal("Code");

    [TestCase("", false)]
    [TestCase("  ", false)]
    [TestCase("X", true)]
    public void The_name_must_not_be_blank(string name, bool valid) =>
        FailingFields(Valid() with { Name = name }).Should().Equal(valid ? Array.Empty<string>() : ["Name"]);

    [Test]
    public void The_name_may_have_200_characters_but_not_201()
    {
        FailingFields(Valid() with { Name = new string('n', 200) }).Should().BeEmpty();
        FailingFields(Valid() with { Name = new string('n', 201) }).Should().Equal("Name");
    }

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(10, true)]
    [TestCase(11, false)]
    [TestCase(-3, false)]
    public void Credits_lie_between_1_and_10(int credits, bool valid) =>
        FailingFields(Valid() with { Credits = credits }).Should().Equal(valid ? Array.Empty<string>() : ["Credits"]);

    [Test]
    public void Credits_are_required() => FailingFields(Valid() with { Credits = null }).Should().Equal("Credits");

    [Test]
    public void The_description_is_optional_and_may_have_2000_characters_but_not_2001()
    {
        FailingFields(Valid() with { Description = null }).Should().BeEmpty();
        FailingFields(Valid() with { Description = new string('d', 2000) }).Should().BeEmpty();
        FailingFields(Valid() with { Description = new string('d', 2001) }).Should().Equal("Description");
    }

    [Test]
    public void An_update_applies_the_same_rules()
    {
        var validator = new UpdateSubjectCommandValidator();
        var update = new UpdateSubjectCommand("MATH101", "Calculus I", 6, null);

        validator.Validate(update).IsValid.Should().BeTrue();
        validator.Validate(update with { Code = "math", Name = "", Credits = 11 }).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("Code", "Name", "Credits");
    }

    [TestCase("code")]
    [TestCase("-name")]
    [TestCase("credits")]
    public void The_list_sorts_by_the_documented_fields(string sort) =>
        new ListSubjectsQueryValidator().Validate(new ListSubjectsQuery(Sort: sort)).IsValid.Should().BeTrue();

    [TestCase("description")]
    [TestCase("--code")]
    public void The_list_refuses_other_sort_fields(string sort) =>
        new ListSubjectsQueryValidator().Validate(new ListSubjectsQuery(Sort: sort)).Errors
            .Select(e => e.PropertyName).Should().Equal("Sort");
}
