using CleanStudents.Application.Common.Ports;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// Stands in when no region is configured (a laptop): resolving the port works, reading a secret explains what
/// is missing instead of guessing a region and calling AWS.
/// </summary>
internal sealed class UnconfiguredSecretStore : ISecretStore
{
    public Task<string> GetSecretAsync(string secretId, CancellationToken cancellationToken) =>
        Task.FromException<string>(new InvalidOperationException(
            "Secrets Manager is not configured: set Aws:Region (or AWS_REGION) or SecretsManager:ServiceUrl."));

    public Task<string> RefreshSecretAsync(string secretId, CancellationToken cancellationToken) =>
        GetSecretAsync(secretId, cancellationToken);

    public async Task<string?> GetSecretStageAsync(string secretId, string versionStage, bool refresh,
        CancellationToken cancellationToken) => await GetSecretAsync(secretId, cancellationToken);
}
