using Amazon.S3;
using Amazon.S3.Model;
using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Storage;

/// <summary>
/// Presigned POST forms from the official SDK: its policy pins the bucket, the key, the content type and the size
/// range, so S3 itself refuses any other object.
/// </summary>
internal sealed class S3FileStorage(IAmazonS3 s3, IOptions<FileStorageOptions> options, TimeProvider clock) : IFileStorage
{
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
        request.Conditions.Add(S3PostCondition.ContentLengthRange(1, maxSize));
        var form = await s3.CreatePresignedPostAsync(request);
        return new UploadForm(new Uri(form.Url), "POST", form.Fields, expiresAt);
    }
}
