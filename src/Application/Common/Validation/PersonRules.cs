using CleanStudents.Domain.Common;
using FluentValidation;

namespace CleanStudents.Application.Common.Validation;

/// <summary>Field rules for every person the school keeps a record of (students, lecturers).</summary>
internal static class PersonRules
{
    public static IRuleBuilderOptions<T, string> PersonName<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.RequiredText(Domain.Common.PersonName.MaxLength);

    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilderInitial<T, string> rule) =>
        rule.Cascade(CascadeMode.Stop).NotEmpty().MaximumLength(EmailAddress.MaxLength).SingleLine().EmailAddress();
}
