using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Files;

namespace CleanStudents.Application.Students.Commands.DeleteStudent;

/// <remarks>
/// Ungraded enrollments go with the student and give their seats back; graded ones are part of
/// the record, so the student stays (409) and should be set Withdrawn instead. Their files' rows go by cascade,
/// their objects after the commit (through the outbox).
/// </remarks>
internal sealed class DeleteStudentCommandHandler(IApplicationDbContext db, IRowLocks locks, IOutbox outbox)
    : ICommandHandler<DeleteStudentCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteStudentCommand command, CancellationToken cancellationToken)
    {
        var found = await db.Students.FindForChangeAsync(command.Id, command.ExpectedVersion, "Student", cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error;
        }

        // Classes before enrollments, the order every seat-changing command locks in.
        var classes = (await locks.ClassesOfStudentAsync(command.Id, cancellationToken)).ToDictionary(c => c.Id);
        foreach (var enrollment in await locks.EnrollmentsOfStudentAsync(command.Id, cancellationToken))
        {
            if (!classes.TryGetValue(enrollment.ClassId, out var seatOf))
            {
                return Error.Conflict("The student enrolled in a class meanwhile; try again.");
            }

            if (seatOf.Withdraw(enrollment) is not null)
            {
                return Error.Conflict(
                    "The student has graded enrollments, which are part of their record; set their status to Withdrawn instead.");
            }

            db.Enrollments.Remove(enrollment);
        }

        await outbox.RemoveObjectsAfterCommitAsync(db.Files.Where(f => f.StudentId == command.Id), cancellationToken);
        db.Students.Remove(found.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
