using CleanStudents.Domain.Common;
using CleanStudents.Domain.Students;
using FluentValidation;

namespace CleanStudents.Application.Students;

/// <summary>Field rules shared by the commands that write a student.</summary>
internal static class StudentRules
{
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().Must(name => !string.IsNullOrWhiteSpace(name)).WithMessage("'{PropertyName}' must not be blank.")
            .MaximumLength(Domain.Common.PersonName.MaxLength);

    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(EmailAddress.MaxLength).EmailAddress();

    public static IRuleBuilderOptions<T, string?> StudentNumberFormat<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(number => number is null || Domain.Students.StudentNumber.IsValid(number))
            .WithMessage($"'{{PropertyName}}' must match {Domain.Students.StudentNumber.Pattern}.");

    public static IRuleBuilderOptions<T, DateOnly?> DateOfBirth<T>(this IRuleBuilderInitial<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Cascade(CascadeMode.Stop).NotNull().GreaterThan(Student.EarliestDateOfBirth)
            .Must(date => date < DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime))
            .WithMessage("'{PropertyName}' must be before today.");
}
