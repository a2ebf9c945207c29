using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Notifications.Commands.MarkNotificationRead;

internal sealed class MarkNotificationReadCommandHandler(IApplicationDbContext db, ICallerLinks links, TimeProvider clock)
    : ICommandHandler<MarkNotificationReadCommand, Unit>
{
    public async Task<Result<Unit>> Handle(MarkNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var studentId = await links.StudentIdAsync(cancellationToken);
        var recipient = studentId is null
            ? null
            : await db.NotificationRecipients.FirstOrDefaultAsync(
                r => r.NotificationId == command.NotificationId && r.StudentId == studentId, cancellationToken);
        if (recipient is null)
        {
            return Error.NotFound("Notification", command.NotificationId);
        }

        recipient.MarkRead(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
