using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.UnitTests.Enrollments;

public sealed class TranscriptTotalsTests
{
    [Test]
    public void Nothing_graded_attempts_nothing_and_has_gpa_0()
    {
        var totals = TranscriptTotals.Of([new TranscriptLine(5, null), new TranscriptLine(3, null)]);

        totals.Should().Be(new TranscriptTotals(0, 0, 0m));
    }

    [Test]
    public void No_lines_at_all_is_all_zero() =>
        TranscriptTotals.Of([]).Should().Be(new TranscriptTotals(0, 0, 0m));

    [Test]
    public void An_F_is_attempted_but_earns_no_credit_and_weighs_in_the_gpa()
    {
        // A (4 points) over 3 credits, F (0 points) over 1 credit: 12 / 4 = 3.00.
        var totals = TranscriptTotals.Of([new TranscriptLine(3, 9.0m), new TranscriptLine(1, 2.0m)]);

        totals.Should().Be(new TranscriptTotals(4, 3, 3.00m));
    }

    [Test]
    public void Ungraded_lines_do_not_count()
    {
        var totals = TranscriptTotals.Of([new TranscriptLine(4, 7.0m), new TranscriptLine(6, null)]);

        totals.Should().Be(new TranscriptTotals(4, 4, 3.00m));
    }

    [Test]
    public void The_gpa_is_credit_weighted_and_rounded_to_two_decimals()
    {
        // A×2 + B×2 + C×3 = 8 + 6 + 6 = 20 points over 7 credits = 2.857… → 2.86.
        var totals = TranscriptTotals.Of(
            [new TranscriptLine(2, 8.5m), new TranscriptLine(2, 7.0m), new TranscriptLine(3, 5.5m)]);

        totals.Should().Be(new TranscriptTotals(7, 7, 2.86m));
    }

    [Test]
    public void A_gpa_on_the_midpoint_rounds_away_from_zero()
    {
        // B×1 + C×7 = 3 + 14 = 17 over 8 = 2.125 → 2.13 (banker's rounding would give 2.12).
        var totals = TranscriptTotals.Of([new TranscriptLine(1, 7.5m), new TranscriptLine(7, 6.0m)]);

        totals.Gpa.Should().Be(2.13m);
    }
}
