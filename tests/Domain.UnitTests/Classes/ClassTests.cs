using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.UnitTests.Classes;

public sealed class ClassTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Class Offer(int capacity) =>
        Class.Offer(Guid.NewGuid(), "CS101-A", Guid.NewGuid(), null, "2026-S1", capacity, "  ", " R1 ").OrThrow();

    private static Enrollment EnrollOne(Class offered) => offered.Enroll(Guid.NewGuid(), Now).OrThrow();

    [Test]
    public void Blank_schedule_and_room_are_stored_as_null_or_trimmed()
    {
        var offered = Offer(3);

        offered.Schedule.Should().BeNull();
        offered.Room.Should().Be("R1");
        offered.EnrolledCount.Should().Be(0);
    }

    [Test]
    public void Enrolling_takes_seats_until_the_class_is_full()
    {
        var offered = Offer(2);
        var student = Guid.NewGuid();

        var first = offered.Enroll(student, Now);
        EnrollOne(offered);
        var third = offered.Enroll(Guid.NewGuid(), Now);

        first.Violation.Should().BeNull();
        first.Value.Should().BeEquivalentTo(new { ClassId = offered.Id, StudentId = student, EnrolledAt = Now, Score = (Score?)null });
        third.Value.Should().BeNull();
        third.Violation.Should().Be(RuleViolation.StateConflict($"Class CS101-A is full (2 of 2 seats taken)."));
        offered.EnrolledCount.Should().Be(2);
    }

    [Test]
    public void Capacity_may_not_drop_below_the_students_enrolled()
    {
        var offered = Offer(3);
        EnrollOne(offered);
        EnrollOne(offered);

        var below = offered.Update("CS101-A", offered.SubjectId, null, "2026-S1", 1, null, null);
        var equal = offered.Update("CS101-B", offered.SubjectId, null, "2026-S2", 2, "Mon 9:00", null);

        below!.Message.Should().Contain("below the 2 students");
        below.Kind.Should().Be(RuleViolationKind.StateConflict);
        equal.Should().BeNull();
        offered.Should().BeEquivalentTo(new { Code = ClassCode.Create("CS101-B"), Term = Term.Create("2026-S2"), Capacity = 2, Schedule = "Mon 9:00", Room = (string?)null });
    }

    [Test]
    public void A_refused_update_changes_nothing()
    {
        var offered = Offer(3);
        EnrollOne(offered);
        EnrollOne(offered);

        offered.Update("OTHER", Guid.NewGuid(), Guid.NewGuid(), "2027-S1", 1, "x", "y");

        offered.Should().BeEquivalentTo(new { Code = ClassCode.Create("CS101-A"), Term = Term.Create("2026-S1"), Capacity = 3, LecturerId = (Guid?)null });
    }

    [Test]
    public void Withdrawing_an_ungraded_enrollment_gives_the_seat_back()
    {
        var offered = Offer(1);
        var enrollment = EnrollOne(offered);

        offered.Withdraw(enrollment).Should().BeNull();

        offered.EnrolledCount.Should().Be(0);
        offered.Enroll(Guid.NewGuid(), Now).Violation.Should().BeNull();
    }

    [Test]
    public void A_graded_enrollment_cannot_be_withdrawn()
    {
        var offered = Offer(1);
        var enrollment = EnrollOne(offered);
        enrollment.SetScore(3.5m);

        var violation = offered.Withdraw(enrollment);

        violation!.Message.Should().Contain("graded");
        offered.EnrolledCount.Should().Be(1);
    }

    [Test]
    public void A_score_outside_the_scale_is_refused_and_null_clears_it()
    {
        var enrollment = EnrollOne(Offer(1));

        enrollment.SetScore(10.01m).Should().NotBeNull();
        enrollment.IsGraded.Should().BeFalse();
        enrollment.SetScore(8.5m).Should().BeNull();
        enrollment.Grade.Should().Be(new Grade("A", 4));
        enrollment.SetScore(null).Should().BeNull();
        enrollment.Grade.Should().BeNull();
    }

    [TestCase("cs101", "2026-S1", 10, "Code")]
    [TestCase("CS101-A", "2026-S4", 10, "Term")]
    [TestCase("CS101-A", "2026-S1", 0, "Capacity")]
    [TestCase("CS101-A", "2026-S1", 501, "Capacity")]
    public void A_malformed_value_is_an_invalid_value_of_its_field(string code, string term, int capacity, string field)
    {
        var offered = Offer(3);

        var refused = offered.Update(code, offered.SubjectId, null, term, capacity, null, null);

        refused.Should().BeEquivalentTo(new { Kind = RuleViolationKind.InvalidValue, Field = field });
        Class.Offer(Guid.NewGuid(), code, Guid.NewGuid(), null, term, capacity, null, null).Succeeded.Should().BeFalse();
        offered.Code.Should().Be(ClassCode.Create("CS101-A"));
    }

    [Test]
    public void Every_refusal_by_the_state_of_the_class_is_a_state_conflict()
    {
        var offered = Offer(1);
        var graded = EnrollOne(offered);
        graded.SetScore(7m);

        offered.Update("CS101-A", offered.SubjectId, null, "2026-S1", 1, null, null).Should().BeNull();
        var kinds = new[]
        {
            offered.Enroll(Guid.NewGuid(), Now).Violation!.Kind,
            offered.Withdraw(graded)!.Kind,
        };

        kinds.Should().AllBeEquivalentTo(RuleViolationKind.StateConflict);
    }

    [Test]
    public void A_score_that_breaks_the_scale_is_an_invalid_value_of_the_score_not_a_conflict()
    {
        var enrollment = EnrollOne(Offer(1));

        enrollment.SetScore(1.234m).Should().Be(RuleViolation.InvalidValue(nameof(Enrollment.Score), Score.Rule));
        enrollment.Score.Should().BeNull();
    }
}
