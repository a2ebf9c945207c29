namespace CleanStudents.Application.Common.Ports;

/// <summary>The object storage that holds uploaded bytes (S3); bytes never pass through the API.</summary>
public interface IFileStorage
{
    /// <summary>
    /// A form that lets its holder store exactly one object: this key, this content type, at most
    /// <paramref name="maxSize"/> bytes, tagged as pending (the storage expires pending objects after a day), until it
    /// expires. Signing is local: no call leaves the process.
    /// </summary>
    Task<UploadForm> PresignUploadAsync(string key, string contentType, long maxSize, CancellationToken cancellationToken);

    /// <summary>
    /// A link that downloads the object until it expires, saved under <paramref name="fileName"/> (the response's
    /// <c>Content-Disposition</c>) with <paramref name="contentType"/>. Signing is local.
    /// </summary>
    Task<FileDownload> PresignDownloadAsync(string key, string fileName, string contentType, CancellationToken cancellationToken);

    /// <summary>What the storage really holds under a key (its first <paramref name="headLength"/> bytes), or null when nothing.</summary>
    Task<StoredObject?> InspectAsync(string key, int headLength, CancellationToken cancellationToken);

    /// <summary>Tags the object as available, so the rule that expires pending uploads after a day keeps it.</summary>
    Task MarkAvailableAsync(string key, CancellationToken cancellationToken);

    /// <summary>Removes the object; removing one that is already gone succeeds.</summary>
    Task DeleteAsync(string key, CancellationToken cancellationToken);
}

/// <summary>Where and how a client sends the bytes: an HTML form POST with these fields before the file.</summary>
public sealed record UploadForm(Uri Url, string Method, IReadOnlyDictionary<string, string> Fields, DateTimeOffset ExpiresAt);

/// <summary>A presigned GET: whoever holds it may download one object until it expires.</summary>
public sealed record FileDownload(Uri Url, DateTimeOffset ExpiresAt);

/// <summary>An object as the storage reports it: its real size and type, and its leading bytes.</summary>
public sealed record StoredObject(long Size, string? ContentType, byte[] Head);
