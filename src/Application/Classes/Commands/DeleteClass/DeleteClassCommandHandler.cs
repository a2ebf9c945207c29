using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Files;

namespace CleanStudents.Application.Classes.Commands.DeleteClass;

/// <remarks>
/// A class with enrollments is refused by the foreign key fk_enrollments_class (409). Its materials' rows go by
/// cascade, their objects after the commit (through the outbox; a refused delete rolls the message back too).
/// </remarks>
internal sealed class DeleteClassCommandHandler(IApplicationDbContext db, IRowLocks locks, IOutbox outbox)
    : ICommandHandler<DeleteClassCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteClassCommand command, CancellationToken cancellationToken)
    {
        var locked = await locks.LockClassAsync(command.Id, command.ExpectedVersion, cancellationToken);
        if (!locked.IsSuccess)
        {
            return locked.Error;
        }

        await outbox.RemoveObjectsAfterCommitAsync(db.Files.Where(f => f.ClassId == command.Id), cancellationToken);
        db.Classes.Remove(locked.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
