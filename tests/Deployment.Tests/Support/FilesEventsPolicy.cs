using System.Text.Json;

namespace CleanStudents.Deployment.Tests.Support;

/// <summary>The files bucket's object-created events reach the work queue, and nothing else may send to it (issue 18).</summary>
public static partial class Policy
{
    public static IReadOnlyList<string> FilesBucketEvents(Dictionary<string, object?> api)
    {
        var v = new List<string>();
        if (!Resources(api).TryGetValue("FilesBucket", out var node) || node is not Dictionary<string, object?> bucket)
        {
            return ["api: a FilesBucket"];
        }

        var props = bucket.GetValueOrDefault("Properties") as Dictionary<string, object?> ?? [];
        var notifications = AsList(Path(props, "NotificationConfiguration", "QueueConfigurations")).OfType<Dictionary<string, object?>>();
        if (!notifications.Any(n => n.GetValueOrDefault("Event") as string == "s3:ObjectCreated:*"
                                    && RefOrGetAttTarget(n.GetValueOrDefault("Queue")) == "WorkQueue"))
        {
            v.Add("api FilesBucket: object-created events (s3:ObjectCreated:*) go to the WorkQueue");
        }

        var policies = OfType(api, "AWS::SQS::QueuePolicy")
            .Where(p => AsList(p.Props.GetValueOrDefault("Queues")).Any(q => RefName(q) == "WorkQueue")).ToList();
        var s3Statements = policies
            .SelectMany(p => AsList(Path(p.Props, "PolicyDocument", "Statement"))).OfType<Dictionary<string, object?>>()
            .Where(s => JsonSerializer.Serialize(s.GetValueOrDefault("Principal")).Contains("s3.amazonaws.com", StringComparison.Ordinal))
            .ToList();
        if (s3Statements.Count == 0)
        {
            v.Add("api WorkQueue: a queue policy lets s3.amazonaws.com send the bucket's events");
        }

        var bucketName = SubText(props.GetValueOrDefault("BucketName"));
        foreach (var statement in s3Statements)
        {
            var sourceArn = SubText(Path(statement, "Condition", "ArnEquals", "aws:SourceArn"));
            var namesTheBucket = bucketName is not null && sourceArn is not null && sourceArn.EndsWith(":::" + bucketName, StringComparison.Ordinal);
            if (!namesTheBucket || Path(statement, "Condition", "StringEquals", "aws:SourceAccount") is null)
            {
                v.Add($"api WorkQueue {statement.GetValueOrDefault("Sid")}: S3 may send only for the files bucket (aws:SourceArn) of this account (aws:SourceAccount)");
            }

            if (!AsList(statement.GetValueOrDefault("Action")).SequenceEqual(["sqs:SendMessage"]))
            {
                v.Add($"api WorkQueue {statement.GetValueOrDefault("Sid")}: S3 may only sqs:SendMessage");
            }
        }

        // S3 checks that it may send when the notification is configured: the policy must exist before the bucket's.
        if (policies.Count > 0 && !AsList(bucket.GetValueOrDefault("DependsOn")).Contains(policies[0].Name))
        {
            v.Add($"api FilesBucket: DependsOn {policies[0].Name}, so the queue accepts S3's test event when the notification is configured");
        }

        return v;
    }

    /// <summary>A literal string, or the text of <c>!Sub "..."</c>.</summary>
    private static string? SubText(object? value) => value as string ?? Path(value as Dictionary<string, object?>, "Fn::Sub") as string;
}
