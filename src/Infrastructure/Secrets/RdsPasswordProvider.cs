using System.Text.Json;
using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// Database credentials from the RDS-managed master secret. Every new physical connection asks for the password
/// (served from the secret store's cache); when the server refuses it (28P01, after a rotation) the secret is
/// read again, bypassing the cache.
/// </summary>
internal sealed class RdsPasswordProvider(
    ISecretStore secrets, string secretArn, TimeProvider timeProvider, ILogger<RdsPasswordProvider> logger)
{
    // A burst of refused connections needs one re-read, not one each.
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _gate = new();
    private DateTimeOffset _lastRefresh = DateTimeOffset.MinValue;

    public async ValueTask<RdsMasterSecret> GetCredentialsAsync(CancellationToken cancellationToken) =>
        Parse(await secrets.GetSecretAsync(secretArn, cancellationToken));

    public async ValueTask<string> GetPasswordAsync(
        NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken) =>
        (await GetCredentialsAsync(cancellationToken)).Password;

    /// <summary>Re-reads the secret when <paramref name="exception"/> is a refused password; true if it was one.</summary>
    public async Task<bool> RefreshAfterFailureAsync(Exception? exception, CancellationToken cancellationToken)
    {
        if (!IsInvalidPassword(exception))
        {
            return false;
        }

        var now = timeProvider.GetUtcNow();
        lock (_gate)
        {
            if (now - _lastRefresh < MinimumRefreshInterval)
            {
                return true;
            }

            _lastRefresh = now;
        }

        logger.LogWarning("The database refused the password (28P01); reading the secret again");
        try
        {
            await secrets.RefreshSecretAsync(secretArn, cancellationToken);
        }
        catch (Exception refreshFailure) when (refreshFailure is not OperationCanceledException)
        {
            // The caller is already failing with 28P01; that is the error to surface, this one is only logged.
            logger.LogError(refreshFailure, "Re-reading the database secret failed");
        }

        return true;
    }

    private static bool IsInvalidPassword(Exception? exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is PostgresException { SqlState: PostgresErrorCodes.InvalidPassword })
            {
                return true;
            }
        }

        return false;
    }

    private RdsMasterSecret Parse(string json) =>
        JsonSerializer.Deserialize(json, SecretsManagerJsonContext.Default.RdsMasterSecret) is { Username.Length: > 0, Password.Length: > 0 } secret
            ? secret
            : throw new InvalidOperationException($"Secret '{secretArn}' is not an RDS master secret (username, password).");
}
