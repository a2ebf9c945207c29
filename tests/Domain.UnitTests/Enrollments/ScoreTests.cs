using System.Globalization;
using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.UnitTests.Enrollments;

public sealed class ScoreTests
{
    [TestCase("0")]
    [TestCase("0.00")]
    [TestCase("7.25")]
    [TestCase("10")]
    [TestCase("10.00")]
    public void A_score_lies_in_0_to_10_with_at_most_two_decimals(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Score.TryCreate(value, out var score).Should().BeTrue();
        score.Value.Should().Be(value);
        score.Grade.Should().Be(Grade.Of(value));
    }

    [TestCase("10.01")]
    [TestCase("-0.01")]
    [TestCase("1.234")]
    [TestCase("11")]
    public void Anything_else_is_refused(string text)
    {
        var value = decimal.Parse(text, CultureInfo.InvariantCulture);

        Score.TryCreate(value, out _).Should().BeFalse();
        FluentActions.Invoking(() => Score.Create(value)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
