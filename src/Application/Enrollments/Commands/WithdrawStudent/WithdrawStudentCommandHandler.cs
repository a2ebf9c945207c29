using CleanStudents.Application.Classes;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Notifications;

namespace CleanStudents.Application.Enrollments.Commands.WithdrawStudent;

internal sealed class WithdrawStudentCommandHandler(IApplicationDbContext db, IRowLocks locks, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<WithdrawStudentCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(WithdrawStudentCommand command, CancellationToken cancellationToken)
    {
        // The class first (the seat count), then the enrollment, so a score recorded meanwhile is seen.
        var locked = await locks.LockClassAsync(command.ClassId, null, cancellationToken);
        if (!locked.IsSuccess)
        {
            return locked.Error;
        }

        var enrollment = await locks.EnrollmentAsync(command.ClassId, command.StudentId, cancellationToken);
        if (enrollment is null)
        {
            return Error.NotFound("Enrollment", $"{command.ClassId}/{command.StudentId}");
        }

        if (locked.Value.Withdraw(enrollment) is { } violation)
        {
            return violation;
        }

        db.Enrollments.Remove(enrollment);
        if (locked.Value.LecturerId is { } lecturerId)
        {
            outbox.Add(new SystemNotificationMessage(Guid.CreateVersion7(clock.GetUtcNow()), SystemNotice.Withdrew,
                command.ClassId, command.StudentId, lecturerId, null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
