using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.UnitTests.Classes;

public sealed class ClassTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    private static Class Offer(int capacity) =>
        Class.Offer(Guid.NewGuid(), "CS101-A", Guid.NewGuid(), null, "2026-S1", capacity, "  ", " R1 ");

    private static Enrollment EnrollOne(Class offered) => offered.Enroll(Guid.NewGuid(), Now).Enrollment!;

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

        var (first, firstViolation) = offered.Enroll(student, Now);
        EnrollOne(offered);
        var (third, full) = offered.Enroll(Guid.NewGuid(), Now);

        firstViolation.Should().BeNull();
        first.Should().BeEquivalentTo(new { ClassId = offered.Id, StudentId = student, EnrolledAt = Now, Score = (decimal?)null });
        third.Should().BeNull();
        full!.Message.Should().Contain("full");
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
        equal.Should().BeNull();
        offered.Should().BeEquivalentTo(new { Code = "CS101-B", Term = "2026-S2", Capacity = 2, Schedule = "Mon 9:00", Room = (string?)null });
    }

    [Test]
    public void A_refused_update_changes_nothing()
    {
        var offered = Offer(3);
        EnrollOne(offered);
        EnrollOne(offered);

        offered.Update("OTHER", Guid.NewGuid(), Guid.NewGuid(), "2027-S1", 1, "x", "y");

        offered.Should().BeEquivalentTo(new { Code = "CS101-A", Term = "2026-S1", Capacity = 3, LecturerId = (Guid?)null });
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
}
