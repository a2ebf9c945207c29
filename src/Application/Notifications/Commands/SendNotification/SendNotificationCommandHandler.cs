using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Notifications.Commands.SendNotification;

internal sealed class SendNotificationCommandHandler(IApplicationDbContext db, ICurrentUser user, ICallerLinks links,
    INotificationRecipients recipients, TimeProvider clock)
    : ICommandHandler<SendNotificationCommand, SentNotificationDto>
{
    private const string AnonymousAdministrator = "Administrator";

    public async ValueTask<Result<SentNotificationDto>> Handle(SendNotificationCommand command,
        CancellationToken cancellationToken)
    {
        var target = command.Target!;
        var type = target.Kind!.Value;
        if (await RefusalAsync(type, target.Id, cancellationToken) is { } refusal)
        {
            return refusal;
        }

        var notification = Notification.Compose(command.Title, command.Body, clock.GetUtcNow(), user.UserId!,
            await SenderNameAsync(cancellationToken));
        db.Notifications.Add(notification);
        await db.SaveChangesAsync(cancellationToken);
        var recipientCount = await recipients.AddAsync(notification.Id, type, target.Id, cancellationToken);
        return new SentNotificationDto(notification.Id, recipientCount);
    }

    /// <summary>
    /// An unknown student or class is bad input (400, like an unknown id in any request body);
    /// then admins may reach anyone, lecturers only their classes and the students enrolled in them.
    /// </summary>
    private async Task<Error?> RefusalAsync(NotificationTargetType type, Guid? id, CancellationToken cancellationToken)
    {
        if (type != NotificationTargetType.All && !await ExistsAsync(type, id!.Value, cancellationToken))
        {
            return Error.Validation(SendNotificationCommandValidator.TargetIdField,
                $"{type} '{id}' does not exist.");
        }

        if (user.Roles.Contains(Role.Admin))
        {
            return null;
        }

        var allowed = type switch
        {
            NotificationTargetType.Class => await links.TeachesClassAsync(id!.Value, cancellationToken),
            NotificationTargetType.Student => await TeachesStudentAsync(id!.Value, cancellationToken),
            _ => false,
        };
        return allowed
            ? null
            : Error.Forbidden("Lecturers may notify only the classes they teach and the students enrolled in them.");
    }

    private Task<bool> ExistsAsync(NotificationTargetType type, Guid id, CancellationToken cancellationToken) =>
        type == NotificationTargetType.Class
            ? db.Classes.AnyAsync(c => c.Id == id, cancellationToken)
            : db.Students.AnyAsync(s => s.Id == id, cancellationToken);

    private async Task<bool> TeachesStudentAsync(Guid studentId, CancellationToken cancellationToken) =>
        await links.LecturerIdAsync(cancellationToken) is { } lecturerId
        && await db.Enrollments.AnyAsync(e => e.StudentId == studentId
            && db.Classes.Any(c => c.Id == e.ClassId && c.LecturerId == lecturerId), cancellationToken);

    /// <summary>The linked lecturer's name; else the token's email; else a role, never blank.</summary>
    private async Task<string> SenderNameAsync(CancellationToken cancellationToken) =>
        await db.Lecturers.AsNoTracking().Where(l => l.UserId == user.UserId)
            .Select(l => l.FirstName + " " + l.LastName).FirstOrDefaultAsync(cancellationToken)
        ?? user.Email
        ?? AnonymousAdministrator;
}
