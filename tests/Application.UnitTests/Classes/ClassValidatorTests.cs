using CleanStudents.Application.Classes.Commands.CreateClass;
using CleanStudents.Application.Classes.Commands.UpdateClass;
using CleanStudents.Application.Classes.Queries.ListClasses;

namespace CleanStudents.Application.UnitTests.Classes;

public sealed class ClassValidatorTests
{
    private static CreateClassCommand Valid() =>
        new("CS101-A", Guid.NewGuid(), null, "2026-S1", 30, "Mon 09:00-11:00", "B-204");

    private static IEnumerable<string> FailingFields(CreateClassCommand command) =>
        new CreateClassCommandValidator().Validate(command).Errors.Select(e => e.PropertyName).Distinct();

    [Test]
    public void A_complete_class_is_valid() => FailingFields(Valid()).Should().BeEmpty();

    [TestCase("CS101-A", true)]
    [TestCase("AB", true)]
    [TestCase("A", false)]
    [TestCase("cs101", false)]
    [TestCase("CS 101", false)]
    [TestCase("", false)]
    public void The_code_matches_the_class_code_pattern(string code, bool valid) =>
        FailingFields(Valid() with { Code = code }).Should().HaveCount(valid ? 0 : 1);

    [Test]
    public void A_code_may_have_30_characters_but_not_31()
    {
        FailingFields(Valid() with { Code = new string('A', 30) }).Should().BeEmpty();
        FailingFields(Valid() with { Code = new string('A', 31) }).Should().Equal("Code");
    }

    [TestCase("2026-S1", true)]
    [TestCase("2026-S3", true)]
    [TestCase("2026-S4", false)]
    [TestCase("2026-s1", false)]
    [TestCase("26-S1", false)]
    [TestCase("", false)]
    public void The_term_is_a_year_and_a_semester(string term, bool valid) =>
        FailingFields(Valid() with { Term = term }).Should().HaveCount(valid ? 0 : 1);

    [TestCase(0, false)]
    [TestCase(1, true)]
    [TestCase(500, true)]
    [TestCase(501, false)]
    public void Capacity_lies_between_1_and_500(int capacity, bool valid) =>
        FailingFields(Valid() with { Capacity = capacity }).Should().HaveCount(valid ? 0 : 1);

    [Test]
    public void Schedule_and_room_are_optional_but_bounded()
    {
        FailingFields(Valid() with { Schedule = null, Room = null }).Should().BeEmpty();
        FailingFields(Valid() with { Schedule = new string('s', 200), Room = new string('r', 50) }).Should().BeEmpty();
        FailingFields(Valid() with { Schedule = new string('s', 201), Room = new string('r', 51) })
            .Should().BeEquivalentTo("Schedule", "Room");
    }

    [Test]
    public void The_subject_is_required_and_a_lecturer_id_must_not_be_empty() =>
        FailingFields(Valid() with { SubjectId = Guid.Empty, LecturerId = Guid.Empty })
            .Should().BeEquivalentTo("SubjectId", "LecturerId");

    [Test]
    public void An_update_follows_the_same_rules()
    {
        var update = new UpdateClassCommand("cs", Guid.Empty, null, "2026", 0, null, null);

        new UpdateClassCommandValidator().Validate(update).Errors.Select(e => e.PropertyName)
            .Should().BeEquivalentTo("Code", "SubjectId", "Term", "Capacity");
    }

    [TestCase(null, true)]
    [TestCase("2026-S2", true)]
    [TestCase("2026", false)]
    public void The_term_filter_must_be_a_term(string? term, bool valid) =>
        new ListClassesQueryValidator().Validate(new ListClassesQuery(Term: term)).IsValid.Should().Be(valid);

    [TestCase("code", true)]
    [TestCase("-term", true)]
    [TestCase("capacity", true)]
    [TestCase("enrolledCount", true)]
    [TestCase("room", false)]
    public void The_list_sorts_by_known_fields_only(string sort, bool valid) =>
        new ListClassesQueryValidator().Validate(new ListClassesQuery(Sort: sort)).IsValid.Should().Be(valid);
}
