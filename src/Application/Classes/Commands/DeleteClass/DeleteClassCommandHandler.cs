using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Classes.Commands.DeleteClass;

/// <remarks>A class with enrollments is refused by the foreign key fk_enrollments_class (409).</remarks>
internal sealed class DeleteClassCommandHandler(IApplicationDbContext db, IRowLocks locks)
    : ICommandHandler<DeleteClassCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteClassCommand command, CancellationToken cancellationToken)
    {
        var locked = await locks.LockClassAsync(command.Id, command.ExpectedVersion, cancellationToken);
        if (!locked.IsSuccess)
        {
            return locked.Error;
        }

        db.Classes.Remove(locked.Value);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
