using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Queries.GetMaterialDownload;

/// <remarks>A file of another class is not one of this class's: 404, as for no file at all.</remarks>
internal sealed class GetMaterialDownloadQueryHandler(IApplicationDbContext db, IFileStorage storage)
    : IQueryHandler<GetMaterialDownloadQuery, FileDownload>
{
    public async ValueTask<Result<FileDownload>> Handle(GetMaterialDownloadQuery query, CancellationToken cancellationToken)
    {
        var file = await db.Files.AsNoTracking()
            .Where(f => f.Id == query.FileId && f.ClassId == query.ClassId)
            .Select(f => new DownloadableFile(f.Key, f.Name, f.ContentType, f.Status))
            .FirstOrDefaultAsync(cancellationToken);
        if (file is null)
        {
            return await FileErrors.MissingMaterialAsync(db, query.ClassId, query.FileId, cancellationToken);
        }

        return await storage.LinkAsync(file, cancellationToken);
    }
}
