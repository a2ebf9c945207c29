namespace CleanStudents.Infrastructure.Secrets;

/// <summary>Where Secrets Manager is (section <c>SecretsManager</c>); the region comes from <c>Aws:Region</c>.</summary>
internal sealed class SecretsManagerOptions
{
    public const string SectionName = "SecretsManager";

    /// <summary>Overrides the regional endpoint (an emulator, a test server, a VPC endpoint).</summary>
    public Uri? ServiceUrl { get; set; }
}
