using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Files;

namespace CleanStudents.Application.Files;

/// <summary>What a download needs of a file row, read without loading the entity.</summary>
internal sealed record DownloadableFile(string Key, string Name, string ContentType, FileStatus Status);

/// <summary>The one way a file is downloaded, for every owner: only available bytes get a link.</summary>
internal static class FileDownloads
{
    public static async Task<Result<FileDownload>> LinkAsync(this IFileStorage storage, DownloadableFile file,
        CancellationToken cancellationToken) => file.Status switch
    {
        FileStatus.Available => await storage.PresignDownloadAsync(file.Key, file.Name, file.ContentType, cancellationToken),
        FileStatus.Pending => FileErrors.NotYetAvailable,
        _ => FileErrors.Rejected,
    };
}
