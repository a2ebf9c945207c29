using CleanStudents.Application.Classes;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Notifications;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Enrollments.Commands.EnrollStudent;

/// <remarks>
/// Capacity holds under any number of racing requests: the class row is locked first, so
/// enrollments into one class run one after another and each sees the seats the previous one
/// took. The check constraint ck_classes_enrolled_count and the key pk_enrollments stand behind it.
/// </remarks>
internal sealed class EnrollStudentCommandHandler(IApplicationDbContext db, IRowLocks locks, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<EnrollStudentCommand, EnrollmentDto>
{
    public async ValueTask<Result<EnrollmentDto>> Handle(EnrollStudentCommand command, CancellationToken cancellationToken)
    {
        // An unknown student is a mistake in the body (400), like an unknown subject of a class.
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return Error.Validation(nameof(EnrollStudentCommand.StudentId), $"Student '{command.StudentId}' does not exist.");
        }

        var locked = await locks.LockClassAsync(command.ClassId, null, cancellationToken);
        if (!locked.IsSuccess)
        {
            return locked.Error;
        }

        if (await db.Enrollments.AnyAsync(e => e.ClassId == command.ClassId && e.StudentId == command.StudentId,
                cancellationToken))
        {
            return Error.Conflict("The student is already enrolled in this class.");
        }

        var enrollment = locked.Value.Enroll(command.StudentId, clock.GetUtcNow());
        if (!enrollment.Succeeded)
        {
            return enrollment.Violation;
        }

        db.Enrollments.Add(enrollment.Value);
        if (locked.Value.LecturerId is { } lecturerId)
        {
            outbox.Add(new SystemNotificationMessage(Guid.CreateVersion7(clock.GetUtcNow()), SystemNotice.Enrolled,
                command.ClassId, command.StudentId, lecturerId, null));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(command.ClassId, command.StudentId, cancellationToken);
    }
}
