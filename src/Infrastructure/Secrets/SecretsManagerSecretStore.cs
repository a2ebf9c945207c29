using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// <see cref="ISecretStore"/> over Secrets Manager's <c>GetSecretValue</c>, cached per secret and version stage for
/// a TTL. Callers asking for the same value while it is being fetched share that one call.
/// </summary>
internal sealed class SecretsManagerSecretStore(
    AwsJsonClient client, AwsService service, TimeSpan timeToLive, TimeProvider timeProvider) : ISecretStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<(string SecretId, string? Stage), CachedSecret> _cache = [];

    public async Task<string> GetSecretAsync(string secretId, CancellationToken cancellationToken) =>
        await GetAsync(secretId, stage: null, bypassCache: false, cancellationToken)
        ?? throw new InvalidOperationException($"Secret '{secretId}' has no current version.");

    public async Task<string> RefreshSecretAsync(string secretId, CancellationToken cancellationToken) =>
        await GetAsync(secretId, stage: null, bypassCache: true, cancellationToken)
        ?? throw new InvalidOperationException($"Secret '{secretId}' has no current version.");

    public Task<string?> GetSecretStageAsync(string secretId, string versionStage, bool refresh,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(versionStage);
        return GetAsync(secretId, versionStage, refresh, cancellationToken);
    }

    private Task<string?> GetAsync(string secretId, string? stage, bool bypassCache, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        Task<string?> value;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (!_cache.TryGetValue((secretId, stage), out var cached) || !cached.CanServe(now, bypassCache))
            {
                // Not tied to one caller's token: others may be waiting on the same fetch.
                cached = new CachedSecret(Task.Run(() => FetchAsync(secretId, stage), CancellationToken.None), now + timeToLive);
                _cache[(secretId, stage)] = cached;
            }

            value = cached.Value;
        }

        return value.WaitAsync(cancellationToken);
    }

    private async Task<string?> FetchAsync(string secretId, string? stage)
    {
        GetSecretValueResponse response;
        try
        {
            response = await client.SendAsync(
                service,
                "GetSecretValue",
                new GetSecretValueRequest(secretId, stage),
                SecretsManagerJsonContext.Default.GetSecretValueRequest,
                SecretsManagerJsonContext.Default.GetSecretValueResponse,
                CancellationToken.None);
        }
        catch (AwsServiceException e) when (stage is not null && e.IsResourceNotFound)
        {
            // No version carries the label (yet): a secret that was never rotated has no AWSPREVIOUS.
            return null;
        }

        return response.SecretString
            ?? throw new InvalidOperationException($"Secret '{secretId}' has no SecretString (binary secrets are not supported).");
    }

    private sealed record CachedSecret(Task<string?> Value, DateTimeOffset ExpiresAt)
    {
        // A fetch in flight is always fresh enough to share; a failed one is never reused.
        public bool CanServe(DateTimeOffset now, bool bypassCache) =>
            !Value.IsCompleted || (!bypassCache && Value.IsCompletedSuccessfully && now < ExpiresAt);
    }
}
