using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>How long a secret value is reused before it is read again (section <c>Secrets</c>).</summary>
internal sealed class SecretCacheOptions
{
    public const string SectionName = "Secrets";

    [Range(0, 86_400)]
    public int CacheSeconds { get; set; } = 300;
}

/// <summary>Checks <see cref="SecretCacheOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class SecretCacheOptionsValidator : IValidateOptions<SecretCacheOptions>;
