using FluentValidation;

namespace CleanStudents.Application.SignUps.Commands.LinkConfirmedUser;

internal sealed class LinkConfirmedUserCommandValidator : AbstractValidator<LinkConfirmedUserCommand>
{
    public LinkConfirmedUserCommandValidator()
    {
        RuleFor(c => c.UserName).NotEmpty();
        RuleFor(c => c.UserId).NotEmpty().MaximumLength(128);
        RuleFor(c => c.Email).NotEmpty();
    }
}
