using FluentValidation;

namespace CleanStudents.Application.FeatureName.KindFolder.UseCaseName;

internal sealed class UseCaseNameKindNameValidator : AbstractValidator<UseCaseNameKindName>
{
    public UseCaseNameKindNameValidator() => RuleFor(r => r.Id).NotEmpty();
}
