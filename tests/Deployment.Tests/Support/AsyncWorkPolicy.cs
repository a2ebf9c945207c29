using System.Text.Json;

namespace CleanStudents.Deployment.Tests.Support;

/// <summary>The rules of asynchronous work (ADR 0206): queue, dead-letter queue, event source mapping, schedules.</summary>
public static partial class Policy
{
    public static readonly string[] ScheduledCommands = ["outbox-sweep", "expire-idempotency-keys"];

    private static readonly string[] MappingSettings = ["BatchSize", "MaximumBatchingWindowInSeconds"];

    public static IReadOnlyList<string> AsyncWork(Dictionary<string, object?> api)
    {
        var v = new List<string>();
        var queues = OfType(api, "AWS::SQS::Queue").ToDictionary(q => q.Name, q => q.Props, StringComparer.Ordinal);
        foreach (var (name, props) in queues.Where(q => q.Value.GetValueOrDefault("SqsManagedSseEnabled") as string != "true" && !q.Value.ContainsKey("KmsMasterKeyId")))
        {
            v.Add($"api {name}: encrypted at rest (SqsManagedSseEnabled or a KMS key)");
        }

        var work = queues.Where(q => q.Value.ContainsKey("RedrivePolicy")).ToList();
        if (work.Count != 1)
        {
            return [.. v, $"api: exactly one work queue with a RedrivePolicy expected, found {work.Count}"];
        }

        var (workName, workProps) = work[0];
        var dlqName = RefOrGetAttTarget(Path(workProps, "RedrivePolicy", "deadLetterTargetArn"));
        if (dlqName is null || !queues.TryGetValue(dlqName, out var dlq))
        {
            v.Add($"api {workName}: the redrive targets a dead-letter queue of this template");
        }
        else if (dlq.GetValueOrDefault("MessageRetentionPeriod") as string != "1209600")
        {
            v.Add($"api {dlqName}: dead letters kept 14 days (MessageRetentionPeriod 1209600)");
        }

        if (Path(workProps, "RedrivePolicy", "maxReceiveCount") as string != "3")
        {
            v.Add($"api {workName}: dead-lettered after 3 receives (maxReceiveCount 3)");
        }

        var mappings = OfType(api, "AWS::Lambda::EventSourceMapping")
            .Where(m => RefOrGetAttTarget(m.Props.GetValueOrDefault("EventSourceArn")) == workName).ToList();
        if (mappings.Count != 1)
        {
            v.Add($"api: one event source mapping from {workName} to the function");
        }
        else
        {
            var mapping = mappings[0].Props;
            if (!AsList(mapping.GetValueOrDefault("FunctionResponseTypes")).Contains("ReportBatchItemFailures"))
            {
                v.Add("api: the event source mapping reports partial batch failures (ReportBatchItemFailures)");
            }

            v.AddRange(MappingSettings.Where(k => !mapping.ContainsKey(k))
                .Select(k => $"api: the event source mapping sets {k}"));
            if (Path(mapping, "ScalingConfig", "MaximumConcurrency") is null)
            {
                v.Add("api: the event source mapping caps its concurrency (ScalingConfig.MaximumConcurrency)");
            }
        }

        var env = Path(OfType(api, "AWS::Lambda::Function").First().Props, "Environment", "Variables") as Dictionary<string, object?> ?? [];
        if (RefName(env.GetValueOrDefault("Queue__Url")) != workName)
        {
            v.Add($"api: environment Queue__Url is the work queue ({workName})");
        }

        var inputs = OfType(api, "AWS::Scheduler::Schedule")
            .Where(s => Path(s.Props, "Target", "RoleArn") is not null)
            .Select(s => Path(s.Props, "Target", "Input") as string ?? string.Empty).ToList();
        v.AddRange(ScheduledCommands.Where(c => !inputs.Any(i => JsonDocument.Parse(i).RootElement.GetProperty("command").GetString() == c))
            .Select(c => $"api: an EventBridge Scheduler schedule (with a role) sends {{\"command\":\"{c}\"}}"));
        return v;
    }

    public static IReadOnlyList<string> WorkQueueAlarms(Dictionary<string, object?> monitoring)
    {
        var alarms = OfType(monitoring, "AWS::CloudWatch::Alarm").Select(a => a.Props).ToList();
        return new[] { ("WorkDeadLetterQueueName", "ApproximateNumberOfMessagesVisible"), ("WorkQueueName", "ApproximateAgeOfOldestMessage") }
            .Where(r => !alarms.Any(a => a.GetValueOrDefault("Namespace") as string == "AWS/SQS"
                && a.GetValueOrDefault("MetricName") as string == r.Item2 && a.ContainsKey("AlarmActions")
                && JsonSerializer.Serialize(a.GetValueOrDefault("Dimensions")).Contains(r.Item1, StringComparison.Ordinal)))
            .Select(r => $"monitoring: an alarm (with actions) on AWS/SQS {r.Item2} of {r.Item1}")
            .ToList();
    }

    public static IReadOnlyList<string> SqsEndpoint(Dictionary<string, object?> network) =>
        OfType(network, "AWS::EC2::VPCEndpoint").Any(e => e.Props.GetValueOrDefault("VpcEndpointType") as string == "Interface"
            && JsonSerializer.Serialize(e.Props.GetValueOrDefault("ServiceName")).Contains(".sqs", StringComparison.Ordinal))
            ? []
            : ["network: an SQS interface endpoint, so the outbox reaches the queue from the private subnets"];

    private static readonly string[] PrivateRouteTables = ["PrivateRouteTableA", "PrivateRouteTableB"];

    public static IReadOnlyList<string> S3Endpoint(Dictionary<string, object?> network) =>
        OfType(network, "AWS::EC2::VPCEndpoint").Any(e => e.Props.GetValueOrDefault("VpcEndpointType") as string == "Gateway"
            && JsonSerializer.Serialize(e.Props.GetValueOrDefault("ServiceName")).Contains(".s3", StringComparison.Ordinal)
            && PrivateRouteTables.All(t => AsList(e.Props.GetValueOrDefault("RouteTableIds")).Any(r => RefName(r) == t)))
            ? []
            : ["network: an S3 gateway endpoint on both private route tables, so the function reaches the files bucket without a NAT"];

    private static string? RefOrGetAttTarget(object? value) => RefName(value) ?? (value is Dictionary<string, object?> { Count: 1 } d
        && d.TryGetValue("Fn::GetAtt", out var att) ? (att as List<object?>)?.FirstOrDefault() as string ?? (att as string)?.Split('.')[0] : null);
}
