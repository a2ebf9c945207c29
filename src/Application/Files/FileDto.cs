using System.Linq.Expressions;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Domain.Files;

namespace CleanStudents.Application.Files;

/// <param name="Size">The stored size once the storage confirmed the bytes; the declared size until then.</param>
public sealed record FileDto(Guid Id, string Name, string ContentType, long Size, FileStatus Status,
    DateTimeOffset UploadedAt, string UploadedBy)
{
    /// <summary>The projection, for lists read in SQL.</summary>
    public static readonly Expression<Func<StoredFile, FileDto>> Projection = file => new FileDto(file.Id, file.Name,
        file.ContentType, file.Size ?? file.DeclaredSize, file.Status, file.UploadedAt, file.UploadedBy);

    private static readonly Func<StoredFile, FileDto> Project = Projection.Compile();

    public static FileDto From(StoredFile file) => Project(file);
}

/// <summary>A new file and the form that uploads its bytes.</summary>
public sealed record FileUploadDto(FileDto File, UploadForm Upload);
