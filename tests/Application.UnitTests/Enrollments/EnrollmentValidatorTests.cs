using CleanStudents.Application.Enrollments.Commands.EnrollStudent;
using CleanStudents.Application.Enrollments.Commands.SetScore;

namespace CleanStudents.Application.UnitTests.Enrollments;

public sealed class EnrollmentValidatorTests
{
    [TestCase(null, true)]
    [TestCase("0", true)]
    [TestCase("0.00", true)]
    [TestCase("7.25", true)]
    [TestCase("10", true)]
    [TestCase("10.00", true)]
    [TestCase("10.01", false)]
    [TestCase("-0.01", false)]
    [TestCase("1.234", false)]
    public void A_score_is_null_or_0_to_10_with_two_decimals(string? score, bool valid)
    {
        var command = new SetScoreCommand(score is null ? null : decimal.Parse(score, System.Globalization.CultureInfo.InvariantCulture));

        var result = new SetScoreCommandValidator().Validate(command);

        result.IsValid.Should().Be(valid);
        result.Errors.Select(e => e.PropertyName).Should().AllBe("Score");
    }

    [Test]
    public void An_enrollment_names_a_student()
    {
        var validator = new EnrollStudentCommandValidator();

        validator.Validate(new EnrollStudentCommand(Guid.Empty)).Errors.Select(e => e.PropertyName).Should().Equal("StudentId");
        validator.Validate(new EnrollStudentCommand(Guid.NewGuid())).IsValid.Should().BeTrue();
    }
}
