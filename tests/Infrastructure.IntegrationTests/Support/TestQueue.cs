using Amazon.Runtime;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>
/// A work queue of its own on the test stack's moto server, shaped like the real one (a dead-letter queue after 3
/// receives), so hosts under test never take each other's messages.
/// </summary>
public sealed record TestQueue(string Url, string DeadLetterUrl)
{
    public const int MaxReceiveCount = 3;

    /// <summary>A client of the stack's SQS, to look into queues.</summary>
    public static async Task<AmazonSQSClient> ClientAsync()
    {
        var stack = await TestStack.GetAsync();
        return new AmazonSQSClient(new BasicAWSCredentials("local", "local"),
            new AmazonSQSConfig { ServiceURL = stack.AwsEndpoint.ToString(), AuthenticationRegion = "us-east-1" });
    }

    public static async Task<TestQueue> CreateAsync(string prefix, int visibilityTimeoutSeconds = 2)
    {
        using var sqs = await ClientAsync();
        // SQS names: at most 80 of [A-Za-z0-9_-], "-dlq" included.
        var name = $"{prefix[..Math.Min(prefix.Length, 40)]}-{Guid.NewGuid():N}";
        var dlq = (await sqs.CreateQueueAsync(new CreateQueueRequest($"{name}-dlq"))).QueueUrl;
        var dlqArn = (await sqs.GetQueueAttributesAsync(dlq, ["QueueArn"])).QueueARN;
        var queue = await sqs.CreateQueueAsync(new CreateQueueRequest(name)
        {
            Attributes = new Dictionary<string, string>
            {
                ["VisibilityTimeout"] = visibilityTimeoutSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RedrivePolicy"] = $$"""{"deadLetterTargetArn":"{{dlqArn}}","maxReceiveCount":"{{MaxReceiveCount}}"}""",
            },
        });
        return new TestQueue(queue.QueueUrl, dlq);
    }

    /// <summary>The app's settings that point it at this queue.</summary>
    public IReadOnlyDictionary<string, string?> Settings(Uri awsEndpoint) => new Dictionary<string, string?>
    {
        ["Queue:Url"] = Url,
        ["Queue:ServiceUrl"] = awsEndpoint.ToString(),
    };

    /// <summary>SQS's approximate count of visible plus in-flight messages of a queue.</summary>
    public static async Task<int> DepthAsync(string queueUrl)
    {
        using var sqs = await ClientAsync();
        var attributes = await sqs.GetQueueAttributesAsync(queueUrl, ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"]);
        return attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible;
    }
}
