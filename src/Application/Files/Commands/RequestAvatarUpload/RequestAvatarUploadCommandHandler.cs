using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Commands.RequestAvatarUpload;

/// <remarks>
/// The file stays pending until the storage confirms the bytes; the current avatar stays until then too.
/// Presigning only signs locally, so it may run inside the transaction.
/// </remarks>
internal sealed class RequestAvatarUploadCommandHandler(IApplicationDbContext db, IFileStorage storage,
    ICurrentUser user, TimeProvider clock) : ICommandHandler<RequestAvatarUploadCommand, FileUploadDto>
{
    public async ValueTask<Result<FileUploadDto>> Handle(RequestAvatarUploadCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return Error.NotFound("Student", command.StudentId);
        }

        var now = clock.GetUtcNow();
        var file = StoredFile.Avatar(Guid.CreateVersion7(now), command.StudentId, command.Name,
            command.ContentType.ToLowerInvariant(), command.Size!.Value, user.UserId!, now);
        db.Files.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        var form = await storage.PresignUploadAsync(file.Key, file.ContentType, file.DeclaredSize, cancellationToken);
        return new FileUploadDto(FileDto.From(file), form);
    }
}
