using Amazon.S3.Model;
using Amazon.SQS.Model;
using CleanStudents.Infrastructure.IntegrationTests.Support;

namespace CleanStudents.Infrastructure.IntegrationTests.Stack;

/// <summary>build/bucket.sh: the local files bucket as the stack (and build/run.sh) create it.</summary>
public sealed class BucketScriptTests
{
    [Test]
    public async Task The_bucket_sends_s3s_test_event_and_its_object_created_events_to_the_queue_and_allows_the_origins()
    {
        var stack = await TestStack.GetAsync();
        var queue = await TestQueue.CreateAsync("bucket-script");
        var bucket = $"script-files-{Guid.NewGuid():N}";
        var root = TestStack.FindRepoRoot();

        var (exitCode, output) = await TestStack.RunScript(Path.Combine(root, "build", "bucket.sh"), root, TimeSpan.FromMinutes(1),
            stack.AwsEndpoint.ToString().TrimEnd('/'), bucket, queue.Url, "http://127.0.0.1:5173");

        exitCode.Should().Be(0, output);
        using var s3 = await TestBucket.ClientAsync();
        (await s3.GetCORSConfigurationAsync(bucket)).Configuration.Rules.Should().ContainSingle()
            .Which.AllowedOrigins.Should().Equal("http://127.0.0.1:5173");
        await s3.PutObjectAsync(new PutObjectRequest { BucketName = bucket, Key = "avatars/a/b", ContentBody = "bytes" });
        var bodies = await ReceiveAsync(queue, count: 2);
        bodies.Should().Contain(b => b.Contains("s3:TestEvent", StringComparison.Ordinal))
            .And.Contain(b => b.Contains("ObjectCreated:Put", StringComparison.Ordinal) && b.Contains("avatars%2Fa%2Fb", StringComparison.Ordinal));
    }

    private static async Task<List<string>> ReceiveAsync(TestQueue queue, int count)
    {
        using var sqs = await TestQueue.ClientAsync();
        var bodies = new List<string>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (bodies.Count < count && DateTime.UtcNow < deadline)
        {
            var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest(queue.Url) { MaxNumberOfMessages = 10, WaitTimeSeconds = 1 });
            bodies.AddRange((received.Messages ?? []).Select(m => m.Body));
        }

        return bodies;
    }
}
