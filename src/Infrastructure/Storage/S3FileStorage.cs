using System.Net;
using Amazon.S3;
using Amazon.S3.Model;
using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Storage;

/// <summary>
/// Presigned POST forms from the official SDK: its policy pins the bucket, the key, the content type and the size
/// range, so S3 itself refuses any other object. Objects arrive tagged <c>status=pending</c> and the upload consumer
/// retags the accepted ones <c>status=available</c>: the bucket's lifecycle rule expires the rest after a day.
/// </summary>
internal sealed class S3FileStorage(IAmazonS3 s3, IOptions<FileStorageOptions> options, TimeProvider clock) : IFileStorage
{
    private const string StatusTag = "status";

    /// <summary>The tag set as a POST form carries it (S3's <c>Tagging</c> XML).</summary>
    private const string PendingTagging = $"<Tagging><TagSet><Tag><Key>{StatusTag}</Key><Value>pending</Value></Tag></TagSet></Tagging>";

    public async Task<UploadForm> PresignUploadAsync(string key, string contentType, long maxSize,
        CancellationToken cancellationToken)
    {
        var expiresAt = clock.GetUtcNow().AddMinutes(options.Value.UploadFormMinutes);
        var request = new CreatePresignedPostRequest
        {
            BucketName = options.Value.Bucket,
            Key = key,
            Expires = expiresAt.UtcDateTime,
        };
        request.Fields["Content-Type"] = contentType;
        // A form field is also an exact condition of the policy: the client cannot drop or change the tag.
        request.Fields["tagging"] = PendingTagging;
        request.Conditions.Add(S3PostCondition.ContentLengthRange(1, maxSize));
        var form = await s3.CreatePresignedPostAsync(request);
        return new UploadForm(new Uri(form.Url), "POST", form.Fields, expiresAt);
    }

    public async Task<FileDownload> PresignDownloadAsync(string key, string fileName, string contentType,
        CancellationToken cancellationToken)
    {
        var expiresAt = clock.GetUtcNow().AddMinutes(options.Value.DownloadUrlMinutes);
        var request = new GetPreSignedUrlRequest
        {
            BucketName = options.Value.Bucket,
            Key = key,
            Verb = HttpVerb.GET,
            Expires = expiresAt.UtcDateTime,
            // Locally the emulator speaks plain HTTP on loopback; on AWS the SDK signs for HTTPS.
            Protocol = options.Value.ServiceUrl?.Scheme == Uri.UriSchemeHttp ? Protocol.HTTP : Protocol.HTTPS,
        };
        request.ResponseHeaderOverrides.ContentDisposition = AttachmentDisposition.For(fileName);
        request.ResponseHeaderOverrides.ContentType = contentType;
        var url = await s3.GetPreSignedURLAsync(request);
        return new FileDownload(new Uri(url), expiresAt);
    }

    public async Task<StoredObject?> InspectAsync(string key, int headLength, CancellationToken cancellationToken)
    {
        GetObjectMetadataResponse metadata;
        try
        {
            metadata = await s3.GetObjectMetadataAsync(options.Value.Bucket, key, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        if (metadata.ContentLength == 0)
        {
            return new StoredObject(0, metadata.Headers.ContentType, []);
        }

        // The same version as the HEAD (an upload again in between must not pair its bytes with the old size).
        var request = new GetObjectRequest
        {
            BucketName = options.Value.Bucket, Key = key, ByteRange = new ByteRange(0, headLength - 1), EtagToMatch = metadata.ETag,
        };
        using var response = await s3.GetObjectAsync(request, cancellationToken);
        var head = new byte[Math.Min(headLength, metadata.ContentLength)];
        await response.ResponseStream.ReadExactlyAsync(head, cancellationToken);
        return new StoredObject(metadata.ContentLength, metadata.Headers.ContentType, head);
    }

    public async Task MarkAvailableAsync(string key, CancellationToken cancellationToken) =>
        await s3.PutObjectTaggingAsync(new PutObjectTaggingRequest
        {
            BucketName = options.Value.Bucket,
            Key = key,
            Tagging = new Tagging { TagSet = [new Tag { Key = StatusTag, Value = "available" }] },
        }, cancellationToken);

    public async Task DeleteAsync(string key, CancellationToken cancellationToken) =>
        await s3.DeleteObjectAsync(options.Value.Bucket, key, cancellationToken);
}
