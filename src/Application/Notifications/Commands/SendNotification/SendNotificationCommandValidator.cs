using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Notifications;
using FluentValidation;

namespace CleanStudents.Application.Notifications.Commands.SendNotification;

internal sealed class SendNotificationCommandValidator : AbstractValidator<SendNotificationCommand>
{
    public const string TargetTypeField = $"{nameof(SendNotificationCommand.Target)}.{nameof(NotificationTarget.Type)}";
    public const string TargetIdField = $"{nameof(SendNotificationCommand.Target)}.{nameof(NotificationTarget.Id)}";

    public SendNotificationCommandValidator()
    {
        RuleFor(c => c.Title).RequiredText(Notification.TitleMaxLength);
        RuleFor(c => c.Body).RequiredMultilineText(Notification.BodyMaxLength);
        RuleFor(c => c.Target).NotNull();
        When(c => c.Target is not null, () =>
        {
            RuleFor(c => c.Target!.Type).Cascade(CascadeMode.Stop).NotEmpty().OneOf([.. NotificationTargetTypes.ByName.Keys])
                .OverridePropertyName(TargetTypeField)
                .WithMessage($"'type' must be one of: {string.Join(", ", NotificationTargetTypes.ByName.Keys)}.");
            RuleFor(c => c.Target!.Id).NotNull().OverridePropertyName(TargetIdField)
                .WithMessage("'id' is required: the student or class to notify.")
                .When(c => c.Target!.Kind is NotificationTargetType.Student or NotificationTargetType.Class);
            // An id next to "all" is most likely a mistyped target: refuse rather than notify everyone.
            RuleFor(c => c.Target!.Id).Null().OverridePropertyName(TargetIdField)
                .WithMessage("'id' must be absent when notifying all students.")
                .When(c => c.Target!.Kind is NotificationTargetType.All);
        });
    }
}
