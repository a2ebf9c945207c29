using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>Settings shared by every AWS call (section <c>Aws</c>).</summary>
internal sealed class AwsClientOptions
{
    public const string SectionName = "Aws";

    /// <summary>Default signing region; falls back to the <c>AWS_REGION</c> variable that Lambda sets.</summary>
    public string? Region { get; set; }

    /// <summary>Limit for one attempt (connect, send, read the response).</summary>
    [Range(1, 300)]
    public int TimeoutSeconds { get; set; } = 5;

    /// <summary>Retries after the first attempt on throttling, 5xx, timeouts and connection failures.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First backoff delay; later ones grow exponentially, with jitter.</summary>
    [Range(1, 60_000)]
    public int RetryBaseDelayMilliseconds { get; set; } = 200;
}

/// <summary>Checks <see cref="AwsClientOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class AwsClientOptionsValidator : IValidateOptions<AwsClientOptions>;
