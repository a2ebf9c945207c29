using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Enrollments.Commands.SetScore;

internal sealed class SetScoreCommandHandler(IApplicationDbContext db, IRowLocks locks)
    : ICommandHandler<SetScoreCommand, EnrollmentDto>
{
    public async Task<Result<EnrollmentDto>> Handle(SetScoreCommand command, CancellationToken cancellationToken)
    {
        // Locked, so a withdrawal racing with grading either sees the score or wins first (then 404 here).
        var enrollment = await locks.EnrollmentAsync(command.ClassId, command.StudentId, cancellationToken);
        if (enrollment is null)
        {
            return Error.NotFound("Enrollment", $"{command.ClassId}/{command.StudentId}");
        }

        if (enrollment.SetScore(command.Score) is { } violation)
        {
            return Error.Validation(nameof(SetScoreCommand.Score), violation.Message);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.GetDtoAsync(command.ClassId, command.StudentId, cancellationToken);
    }
}
