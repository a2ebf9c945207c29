namespace CleanStudents.Application.Common.Ports;

/// <summary>The object storage that holds uploaded bytes (S3); bytes never pass through the API.</summary>
public interface IFileStorage
{
    /// <summary>
    /// A form that lets its holder store exactly one object: this key, this content type, at most
    /// <paramref name="maxSize"/> bytes, until it expires. Signing is local: no call leaves the process.
    /// </summary>
    Task<UploadForm> PresignUploadAsync(string key, string contentType, long maxSize, CancellationToken cancellationToken);
}

/// <summary>Where and how a client sends the bytes: an HTML form POST with these fields before the file.</summary>
public sealed record UploadForm(Uri Url, string Method, IReadOnlyDictionary<string, string> Fields, DateTimeOffset ExpiresAt);
