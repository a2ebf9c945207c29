using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Messaging;

/// <summary>The work queue (section <c>Queue</c>); docs/adr/0206.</summary>
internal sealed class QueueOptions
{
    public const string SectionName = "Queue";

    /// <summary>The SQS queue the outbox sends to and the consumers read (on AWS: the event source mapping's queue).</summary>
    [Required]
    public string? Url { get; set; }

    /// <summary>An emulator's endpoint (moto's server locally); unset on AWS.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The queue's redrive <c>maxReceiveCount</c>: on that receive a consumer that fails gives up.</summary>
    [Range(1, 1000)]
    public int MaxReceiveCount { get; set; } = 3;

    /// <summary>
    /// Long-poll the queue and run the periodic commands in this process. On by default except on Lambda, where the
    /// event source mapping and EventBridge Scheduler invoke the function instead.
    /// </summary>
    public bool? RunLocalWorkers { get; set; }

    /// <summary>How old an outbox row must be before the sweep sends it: younger ones are still on the fast path.</summary>
    [Range(0, 3600)]
    public int SweepAfterSeconds { get; set; } = 30;

    /// <summary>How often the local timer runs the outbox sweep.</summary>
    [Range(1, 3600)]
    public int LocalSweepIntervalSeconds { get; set; } = 30;

    /// <summary>
    /// The longest a request waits, after its commit, for the queue to accept its messages (SQS answers in
    /// milliseconds; an overloaded emulator may not). What is not sent by then still goes out, from the send loop or the
    /// sweep.
    /// </summary>
    [Range(1, 60)]
    public int SendWaitSeconds { get; set; } = 1;

    public bool LocalWorkersEnabled =>
        RunLocalWorkers ?? string.IsNullOrEmpty(Environment.GetEnvironmentVariable("AWS_LAMBDA_FUNCTION_NAME"));
}

/// <summary>Checks <see cref="QueueOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class QueueOptionsValidator : IValidateOptions<QueueOptions>;
