namespace CleanStudents.Application.Common.Ports;

/// <summary>Reads secrets (database credentials, the origin-verify value) by name or ARN.</summary>
public interface ISecretStore
{
    /// <summary>The secret's current string value, possibly from a short-lived cache.</summary>
    Task<string> GetSecretAsync(string secretId, CancellationToken cancellationToken);

    /// <summary>The secret's value, bypassing the cache (after the old value was refused).</summary>
    Task<string> RefreshSecretAsync(string secretId, CancellationToken cancellationToken);
}
