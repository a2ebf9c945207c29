using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>
/// A files bucket of its own on the test stack's moto server whose object-created events go to one host's work
/// queue, as the real bucket's go to the real queue, so no other host judges its uploads.
/// </summary>
public sealed record TestBucket(string Name)
{
    /// <summary>A client of the stack's S3, to look into buckets.</summary>
    public static async Task<AmazonS3Client> ClientAsync()
    {
        var stack = await TestStack.GetAsync();
        return new AmazonS3Client(new BasicAWSCredentials("local", "local"), new AmazonS3Config
        {
            ServiceURL = stack.AwsEndpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1",
        });
    }

    /// <summary>A new bucket that notifies <paramref name="queue"/> (S3 sends it its test event at once).</summary>
    public static async Task<TestBucket> CreateAsync(TestQueue queue)
    {
        using var s3 = await ClientAsync();
        var name = $"test-files-{Guid.NewGuid():N}";
        await s3.PutBucketAsync(name);
        // The ARN from the URL (…/{account}/{name}), not from SQS: a test may hand its host a queue that does not exist.
        var path = new Uri(queue.Url).AbsolutePath.Trim('/').Split('/');
        await s3.PutBucketNotificationAsync(new PutBucketNotificationRequest
        {
            BucketName = name,
            QueueConfigurations =
            [
                new QueueConfiguration { Queue = $"arn:aws:sqs:us-east-1:{path[0]}:{path[1]}", Events = [EventType.ObjectCreatedAll] },
            ],
        });
        return new TestBucket(name);
    }

    /// <summary>The app's settings that point it at this bucket.</summary>
    public IReadOnlyDictionary<string, string?> Settings(Uri awsEndpoint) => new Dictionary<string, string?>
    {
        ["Files:Bucket"] = Name,
        ["Files:ServiceUrl"] = awsEndpoint.ToString(),
    };

    /// <summary>Whether the bucket holds an object under the key.</summary>
    /// <summary>The object's tags, key to value.</summary>
    public async Task<IReadOnlyDictionary<string, string>> TagsAsync(string key)
    {
        using var s3 = await ClientAsync();
        var tagging = await s3.GetObjectTaggingAsync(new GetObjectTaggingRequest { BucketName = Name, Key = key });
        return (tagging.Tagging ?? []).ToDictionary(t => t.Key, t => t.Value);
    }

    public async Task<bool> HoldsAsync(string key)
    {
        using var s3 = await ClientAsync();
        try
        {
            await s3.GetObjectMetadataAsync(Name, key);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return false;
        }
    }
}
