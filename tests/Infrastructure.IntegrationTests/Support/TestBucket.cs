using Amazon.Runtime;
using Amazon.S3;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>A files bucket of the test run on the stack's moto server; object keys are unique, so hosts share it.</summary>
public static class TestBucket
{
    private static readonly Lazy<Task<string>> _name = new(CreateAsync);

    public static Task<string> NameAsync() => _name.Value;

    /// <summary>A client of the stack's S3, to look into the bucket.</summary>
    public static async Task<AmazonS3Client> ClientAsync()
    {
        var stack = await TestStack.GetAsync();
        return new AmazonS3Client(new BasicAWSCredentials("local", "local"), new AmazonS3Config
        {
            ServiceURL = stack.AwsEndpoint.ToString(), ForcePathStyle = true, AuthenticationRegion = "us-east-1",
        });
    }

    /// <summary>The app's settings that point it at the bucket.</summary>
    public static async Task<IReadOnlyDictionary<string, string?>> SettingsAsync()
    {
        var stack = await TestStack.GetAsync();
        return new Dictionary<string, string?>
        {
            ["Files:Bucket"] = await NameAsync(),
            ["Files:ServiceUrl"] = stack.AwsEndpoint.ToString(),
        };
    }

    private static async Task<string> CreateAsync()
    {
        using var s3 = await ClientAsync();
        var name = $"test-files-{Guid.NewGuid():N}";
        await s3.PutBucketAsync(name);
        return name;
    }
}
