using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Commands.DeleteAvatar;

/// <remarks>
/// The rows go in the transaction; the objects after it commits, through the outbox. An upload still in flight finds
/// no row when S3 announces it, and its consumer deletes the object.
/// </remarks>
internal sealed class DeleteAvatarCommandHandler(IApplicationDbContext db, IOutbox outbox) : ICommandHandler<DeleteAvatarCommand, Unit>
{
    public async ValueTask<Result<Unit>> Handle(DeleteAvatarCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return Error.NotFound("Student", command.StudentId);
        }

        var avatars = await db.Files.Where(f => f.StudentId == command.StudentId).ToListAsync(cancellationToken);
        if (avatars.Count == 0)
        {
            return FileErrors.NoAvatar;
        }

        db.Files.RemoveRange(avatars);
        outbox.Add(new StoredObjectsRemovalMessage([.. avatars.Select(f => f.Key)]));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
