using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Persistence.Idempotency;

/// <summary>Section <c>Idempotency</c>.</summary>
public sealed class IdempotencyOptions
{
    public const string Section = "Idempotency";

    /// <summary>How long a key replays its first response (API.md: 24 h).</summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Longest a request waits for a concurrent request with the same key before it gets 409.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00")]
    public TimeSpan WaitForConcurrent { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often expired keys are deleted.</summary>
    public TimeSpan CleanupInterval { get; set; } = TimeSpan.FromHours(1);
}

/// <summary>Checks <see cref="IdempotencyOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class IdempotencyOptionsValidator : IValidateOptions<IdempotencyOptions>;
