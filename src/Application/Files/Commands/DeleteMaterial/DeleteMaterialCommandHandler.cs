using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Commands.DeleteMaterial;

/// <remarks>
/// The row goes in the transaction, the object after it commits (through the outbox). An upload still in flight finds
/// no row when S3 announces it, and its consumer deletes the object.
/// </remarks>
internal sealed class DeleteMaterialCommandHandler(IApplicationDbContext db, IOutbox outbox)
    : ICommandHandler<DeleteMaterialCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteMaterialCommand command, CancellationToken cancellationToken)
    {
        var file = await db.Files.FirstOrDefaultAsync(f => f.Id == command.FileId && f.ClassId == command.ClassId, cancellationToken);
        if (file is null)
        {
            return await FileErrors.MissingMaterialAsync(db, command.ClassId, command.FileId, cancellationToken);
        }

        db.Files.Remove(file);
        outbox.Add(new StoredObjectsRemovalMessage([file.Key]));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
