using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Security;

/// <summary>The CloudFront origin check (section <c>OriginVerify</c>; README.md ("On AWS")).</summary>
internal sealed class OriginVerifyOptions : IValidatableObject
{
    public const string Section = "OriginVerify";

    /// <summary>When on, every request but the exempt paths must carry the secret <c>X-Origin-Verify</c> value.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Secrets Manager secret CloudFront's header value comes from (rotated: current and previous).</summary>
    public string? SecretArn { get; set; }

    /// <summary>Least time between two re-reads of the secret caused by unknown header values.</summary>
    [Range(1, 3600)]
    public int RefreshIntervalSeconds { get; set; } = 10;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Enabled && string.IsNullOrWhiteSpace(SecretArn))
        {
            yield return new ValidationResult("OriginVerify:SecretArn is required when OriginVerify:Enabled is true.",
                [nameof(SecretArn)]);
        }
    }
}

/// <summary>Checks <see cref="OriginVerifyOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class OriginVerifyOptionsValidator : IValidateOptions<OriginVerifyOptions>;
