using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Application.UnitTests.Results;

/// <summary>A broken domain rule is answered by its kind, in one place, whichever entity or handler met it.</summary>
public sealed class RuleViolationMappingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 10, 0, 0, TimeSpan.Zero);

    [Test]
    public void Every_kind_of_violation_maps_to_one_error_kind() =>
        Enum.GetValues<RuleViolationKind>().Select(kind => Error.Of(new RuleViolation(kind, "refused", "Field")).Kind)
            .Should().Equal(ErrorKind.Validation, ErrorKind.Conflict);

    [Test]
    public void An_invalid_value_is_a_validation_error_on_its_field()
    {
        var error = Error.Of(RuleViolation.InvalidValue("Score", Score.Rule));

        error.Kind.Should().Be(ErrorKind.Validation);
        error.Fields.Should().ContainKey("Score").WhoseValue.Should().Equal(Score.Rule);
    }

    [Test]
    public void The_refusals_that_a_score_and_a_class_update_return_are_answered_by_their_kind_alone()
    {
        var offered = Class.Offer(Guid.NewGuid(), "CS101-A", Guid.NewGuid(), null, "2026-S1", 2, null, null).OrThrow();
        var enrollment = offered.Enroll(Guid.NewGuid(), Now).OrThrow();
        offered.Enroll(Guid.NewGuid(), Now).OrThrow();

        Result<Unit> badScore = enrollment.SetScore(10.5m)!;
        Result<Unit> capacityBelowEnrolled = offered.Update("CS101-A", offered.SubjectId, null, "2026-S1", 1, null, null)!;
        Result<Unit> full = offered.Enroll(Guid.NewGuid(), Now).Violation!;
        enrollment.SetScore(7m);
        Result<Unit> graded = offered.Withdraw(enrollment)!;

        badScore.Error!.Kind.Should().Be(ErrorKind.Validation);
        new[] { capacityBelowEnrolled, full, graded }.Select(r => r.Error!.Kind).Should().AllBeEquivalentTo(ErrorKind.Conflict);
    }
}
