using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Classes.Commands.UpdateClass;

internal sealed class UpdateClassCommandHandler(IApplicationDbContext db, IRowLocks locks)
    : ICommandHandler<UpdateClassCommand, Versioned<ClassDto>>
{
    public async ValueTask<Result<Versioned<ClassDto>>> Handle(UpdateClassCommand command, CancellationToken cancellationToken)
    {
        // Locked, so an enrollment cannot land between the capacity check and the write.
        var locked = await locks.LockClassAsync(command.Id, command.ExpectedVersion, cancellationToken);
        if (!locked.IsSuccess)
        {
            return locked.Error;
        }

        if (await db.FindUnknownAsync(command, cancellationToken) is { } unknown)
        {
            return unknown;
        }

        if (locked.Value.Update(command.Code, command.SubjectId, command.LecturerId, command.Term, command.Capacity,
                command.Schedule, command.Room) is { } violation)
        {
            return violation;
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await db.FindDtoAsync(command.Id, cancellationToken))!;
    }
}
