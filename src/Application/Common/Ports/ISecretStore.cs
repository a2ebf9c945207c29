namespace CleanStudents.Application.Common.Ports;

/// <summary>Reads secrets (database credentials, the origin-verify value) by name or ARN.</summary>
public interface ISecretStore
{
    /// <summary>The label rotation gives the value it replaced (Secrets Manager's <c>AWSPREVIOUS</c>).</summary>
    public const string PreviousStage = "AWSPREVIOUS";

    /// <summary>The label of the value a rotation in progress has made but not yet promoted (<c>AWSPENDING</c>).</summary>
    public const string PendingStage = "AWSPENDING";

    /// <summary>The secret's current string value, possibly from a short-lived cache.</summary>
    Task<string> GetSecretAsync(string secretId, CancellationToken cancellationToken);

    /// <summary>The secret's value, bypassing the cache (after the old value was refused).</summary>
    Task<string> RefreshSecretAsync(string secretId, CancellationToken cancellationToken);

    /// <summary>
    /// The value of the version labelled <paramref name="versionStage"/> (e.g. <see cref="PreviousStage"/>), or
    /// null when no version carries that label (a secret never rotated). Cached like the current value unless
    /// <paramref name="refresh"/>.
    /// </summary>
    Task<string?> GetSecretStageAsync(string secretId, string versionStage, bool refresh, CancellationToken cancellationToken);
}
