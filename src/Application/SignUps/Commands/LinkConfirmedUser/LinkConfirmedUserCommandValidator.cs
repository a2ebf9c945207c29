using CleanStudents.Application.Common.Validation;
using FluentValidation;

namespace CleanStudents.Application.SignUps.Commands.LinkConfirmedUser;

internal sealed class LinkConfirmedUserCommandValidator : AbstractValidator<LinkConfirmedUserCommand>
{
    public LinkConfirmedUserCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty().SingleLine();
        RuleFor(c => c.UserId).NotEmpty().MaximumLength(128).SingleLine();
        RuleFor(c => c.Email).NotEmpty().SingleLine();
    }
}
