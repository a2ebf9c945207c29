using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Security;
using CleanStudents.Domain.Files;

namespace CleanStudents.Application.Files;

/// <summary>
/// The one way an upload begins, for every owner: a pending file row under a key the server chose, and the form that
/// lets the caller send exactly those bytes straight to the storage.
/// </summary>
internal sealed class FileUploads(IApplicationDbContext db, IFileStorage storage, ICurrentUser user, TimeProvider clock)
{
    /// <remarks>Presigning only signs locally, so it may run inside the command's transaction.</remarks>
    public async Task<FileUploadDto> BeginAsync(FileOwner owner, IUploadRequest request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var file = StoredFile.Upload(Guid.CreateVersion7(now), owner, request.Name, request.ContentType.ToLowerInvariant(),
            request.Size!.Value, user.UserId!, now);
        db.Files.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        var form = await storage.PresignUploadAsync(file.Key, file.ContentType, file.DeclaredSize, cancellationToken);
        return new FileUploadDto(FileDto.From(file), form);
    }
}
