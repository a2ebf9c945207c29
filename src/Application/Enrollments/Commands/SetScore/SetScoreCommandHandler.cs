using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Notifications;

namespace CleanStudents.Application.Enrollments.Commands.SetScore;

internal sealed class SetScoreCommandHandler(IApplicationDbContext db, IRowLocks locks, IOutbox outbox, TimeProvider clock)
    : ICommandHandler<SetScoreCommand, EnrollmentDto>
{
    public async ValueTask<Result<EnrollmentDto>> Handle(SetScoreCommand command, CancellationToken cancellationToken)
    {
        // Locked, so a withdrawal racing with grading either sees the score or wins first (then 404 here).
        var enrollment = await locks.EnrollmentAsync(command.ClassId, command.StudentId, cancellationToken);
        if (enrollment is null)
        {
            return Error.NotFound("Enrollment", $"{command.ClassId}/{command.StudentId}");
        }

        var before = enrollment.Score;
        if (enrollment.SetScore(command.Score) is { } violation)
        {
            return violation;
        }

        // The student hears of a score set or changed; the same score again, or a cleared one, tells nothing new.
        if (enrollment.Score is { } score && score != before)
        {
            outbox.Add(new SystemNotificationMessage(Guid.CreateVersion7(clock.GetUtcNow()), SystemNotice.ScoreSet,
                command.ClassId, command.StudentId, null, score.Value));
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(command.ClassId, command.StudentId, cancellationToken);
    }
}
