using CleanStudents.Domain.Enrollments;

namespace CleanStudents.Domain.UnitTests.Enrollments;

public sealed class GradeTests
{
    [TestCase("10", "A", 4)]
    [TestCase("8.5", "A", 4)]
    [TestCase("8.49", "B", 3)]
    [TestCase("7.0", "B", 3)]
    [TestCase("6.99", "C", 2)]
    [TestCase("5.5", "C", 2)]
    [TestCase("5.49", "D", 1)]
    [TestCase("4.0", "D", 1)]
    [TestCase("3.99", "F", 0)]
    [TestCase("0", "F", 0)]
    public void A_score_maps_to_its_letter_and_points_at_every_boundary(string score, string letter, int points) =>
        Grade.Of(decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture))
            .Should().Be(new Grade(letter, points));

    [TestCase("A", true)]
    [TestCase("D", true)]
    [TestCase("F", false)]
    public void D_or_better_earns_credit(string letter, bool earns)
    {
        var score = letter switch { "A" => 9m, "D" => 4m, _ => 3.99m };

        Grade.Of(score).EarnsCredit.Should().Be(earns);
    }
}
