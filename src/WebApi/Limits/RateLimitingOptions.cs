using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Limits;

/// <summary>Section <c>RateLimiting</c>: one token bucket per signed-in user (per IP when anonymous).</summary>
internal sealed class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    /// <summary>The burst a caller may send at once.</summary>
    [Range(1, 1_000_000)]
    public int TokenLimit { get; set; } = 100;

    /// <summary>Tokens added each <see cref="ReplenishmentPeriod"/>: the sustained rate.</summary>
    [Range(1, 1_000_000)]
    public int TokensPerPeriod { get; set; } = 20;

    public TimeSpan ReplenishmentPeriod { get; set; } = TimeSpan.FromSeconds(1);
}

/// <summary>Checks <see cref="RateLimitingOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class RateLimitingOptionsValidator : IValidateOptions<RateLimitingOptions>;
