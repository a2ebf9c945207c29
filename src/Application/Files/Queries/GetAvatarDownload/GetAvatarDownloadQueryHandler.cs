using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Queries.GetAvatarDownload;

/// <remarks>
/// The avatar is the newest available one: a replacement still pending leaves the current avatar in place. Only
/// pending uploads and no avatar yet is 409, nothing at all 404.
/// </remarks>
internal sealed class GetAvatarDownloadQueryHandler(IApplicationDbContext db, IFileStorage storage)
    : IQueryHandler<GetAvatarDownloadQuery, FileDownload>
{
    public async ValueTask<Result<FileDownload>> Handle(GetAvatarDownloadQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Students.AnyAsync(s => s.Id == query.StudentId, cancellationToken))
        {
            return Error.NotFound("Student", query.StudentId);
        }

        var avatar = await db.Files.AsNoTracking()
            .Where(f => f.StudentId == query.StudentId && f.Status != FileStatus.Rejected)
            .OrderByDescending(f => f.Status == FileStatus.Available).ThenByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id)
            .Select(f => new DownloadableFile(f.Key, f.Name, f.ContentType, f.Status))
            .FirstOrDefaultAsync(cancellationToken);
        if (avatar is null)
        {
            return FileErrors.NoAvatar;
        }

        return await storage.LinkAsync(avatar, cancellationToken);
    }
}
