using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Notifications.Commands.MarkNotificationRead;

internal sealed class MarkNotificationReadCommandHandler(IApplicationDbContext db, ICallerLinks links, TimeProvider clock)
    : ICommandHandler<MarkNotificationReadCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (await links.StudentIdAsync(cancellationToken) is { } studentId
            && await db.NotificationRecipients.FirstOrDefaultAsync(
                r => r.NotificationId == command.NotificationId && r.StudentId == studentId, cancellationToken) is { } asStudent)
        {
            asStudent.MarkRead(now);
        }
        else if (await links.LecturerIdAsync(cancellationToken) is { } lecturerId
                 && await db.LecturerNotificationRecipients.FirstOrDefaultAsync(
                     r => r.NotificationId == command.NotificationId && r.LecturerId == lecturerId, cancellationToken) is { } asLecturer)
        {
            asLecturer.MarkRead(now);
        }
        else
        {
            return Error.NotFound("Notification", command.NotificationId);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
