using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Files;
using FluentValidation;

namespace CleanStudents.Application.Files;

/// <summary>An upload request's rules: a file name, a type from the kind's allowlist, a size within its limit.</summary>
internal abstract class UploadRequestValidator<T> : AbstractValidator<T>
    where T : IUploadRequest
{
    protected UploadRequestValidator(IReadOnlyList<string> allowedTypes, long maxSize)
    {
        RuleFor(r => r.Name).RequiredText(StoredFile.NameMaxLength);
        RuleFor(r => r.ContentType).Cascade(CascadeMode.Stop).NotEmpty().OneOf(allowedTypes);
        RuleFor(r => r.Size).Cascade(CascadeMode.Stop).NotNull().InclusiveBetween(1, maxSize);
    }
}
