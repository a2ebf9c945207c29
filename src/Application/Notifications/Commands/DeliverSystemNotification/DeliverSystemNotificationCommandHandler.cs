using System.Globalization;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.Notifications.Commands.DeliverSystemNotification;

/// <remarks>
/// No transaction of its own: one save writes the notification and its recipient together, and the unique message key
/// refuses a second one (a duplicate racing this one then fails, is delivered again, and finds it written).
/// </remarks>
internal sealed class DeliverSystemNotificationCommandHandler(IApplicationDbContext db, TimeProvider clock,
    ILogger<DeliverSystemNotificationCommandHandler> logger)
    : IRequestHandler<DeliverSystemNotificationCommand, Delivery>
{
    public async ValueTask<Result<Delivery>> Handle(DeliverSystemNotificationCommand command, CancellationToken cancellationToken)
    {
        var message = command.Message;
        if (await db.Notifications.AnyAsync(n => n.MessageKey == message.Key, cancellationToken))
        {
            return Delivery.Done;
        }

        var classCode = await db.Classes.AsNoTracking().Where(c => c.Id == message.ClassId).Select(c => c.Code.Value)
            .FirstOrDefaultAsync(cancellationToken);
        var student = await db.Students.AsNoTracking().Where(s => s.Id == message.StudentId)
            .Select(s => new { s.FirstName, s.LastName, s.StudentNumber }).FirstOrDefaultAsync(cancellationToken);
        if (classCode is null || student is null)
        {
            logger.LogInformation("The class or student of {Notice} notice {Key} was deleted; nobody is notified", message.Notice, message.Key);
            return Delivery.Done;
        }

        var name = $"{student.FirstName} {student.LastName}";
        var (title, body, studentId, lecturerId) = message.Notice switch
        {
            SystemNotice.Enrolled => ($"{name} enrolled in {classCode}", $"{name} ({student.StudentNumber}) enrolled in {classCode}.",
                (Guid?)null, message.LecturerId),
            SystemNotice.Withdrew => ($"{name} withdrew from {classCode}", $"{name} ({student.StudentNumber}) withdrew from {classCode}.",
                null, message.LecturerId),
            _ => ($"Your score in {classCode}", ScoreBody(classCode, message.Score!.Value), message.StudentId, null),
        };
        db.Notifications.Add(Notification.FromSystem(message.Key, title, body, clock.GetUtcNow(), studentId, lecturerId));
        await db.SaveChangesAsync(cancellationToken);
        return Delivery.Done;
    }

    private static string ScoreBody(string classCode, decimal score) => string.Create(CultureInfo.InvariantCulture,
        $"Your score in {classCode} is now {score:0.00} ({Grade.Of(score).Letter}).");
}
