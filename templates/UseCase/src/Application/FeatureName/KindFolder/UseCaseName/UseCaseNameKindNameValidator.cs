#if (isCommand)
using CleanStudents.Application.Common.Validation;
#endif
using FluentValidation;

namespace CleanStudents.Application.FeatureName.KindFolder.UseCaseName;

internal sealed class UseCaseNameKindNameValidator : AbstractValidator<UseCaseNameKindName>
{
    public UseCaseNameKindNameValidator()
    {
        RuleFor(r => r.Id).NotEmpty();
#if (isCommand)
        RuleFor(r => r.Note).RequiredText(200);
#endif
    }
}
