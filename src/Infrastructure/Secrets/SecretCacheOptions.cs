using System.ComponentModel.DataAnnotations;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>How long a secret value is reused before it is read again (section <c>Secrets</c>).</summary>
internal sealed class SecretCacheOptions
{
    public const string SectionName = "Secrets";

    [Range(0, 86_400)]
    public int CacheSeconds { get; set; } = 300;
}
