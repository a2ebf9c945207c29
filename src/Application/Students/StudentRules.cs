using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Students;
using FluentValidation;

namespace CleanStudents.Application.Students;

/// <summary>Field rules shared by the commands that write a student (names and email: <see cref="Common.Validation.PersonRules"/>).</summary>
internal static class StudentRules
{
    public static IRuleBuilderOptions<T, string?> StudentNumberFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Format(StudentNumber.PatternRegex());

    public static IRuleBuilderOptions<T, DateOnly?> DateOfBirth<T>(this IRuleBuilderInitial<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Cascade(CascadeMode.Stop).NotNull().GreaterThan(Student.EarliestDateOfBirth)
            .Must(date => date < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("'{PropertyName}' must be before today.");
}
