using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// <see cref="ISecretStore"/> over Secrets Manager's <c>GetSecretValue</c>, cached per secret for a TTL. Callers
/// asking for the same secret while it is being fetched share that one call.
/// </summary>
internal sealed class SecretsManagerSecretStore(
    AwsJsonClient client, AwsService service, TimeSpan timeToLive, TimeProvider timeProvider) : ISecretStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, CachedSecret> _cache = new(StringComparer.Ordinal);

    public Task<string> GetSecretAsync(string secretId, CancellationToken cancellationToken) =>
        GetAsync(secretId, bypassCache: false, cancellationToken);

    public Task<string> RefreshSecretAsync(string secretId, CancellationToken cancellationToken) =>
        GetAsync(secretId, bypassCache: true, cancellationToken);

    private Task<string> GetAsync(string secretId, bool bypassCache, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(secretId);
        Task<string> value;
        lock (_gate)
        {
            var now = timeProvider.GetUtcNow();
            if (!_cache.TryGetValue(secretId, out var cached) || !cached.CanServe(now, bypassCache))
            {
                // Not tied to one caller's token: others may be waiting on the same fetch.
                cached = new CachedSecret(Task.Run(() => FetchAsync(secretId), CancellationToken.None), now + timeToLive);
                _cache[secretId] = cached;
            }

            value = cached.Value;
        }

        return value.WaitAsync(cancellationToken);
    }

    private async Task<string> FetchAsync(string secretId)
    {
        var response = await client.SendAsync(
            service,
            "GetSecretValue",
            new GetSecretValueRequest(secretId),
            SecretsManagerJsonContext.Default.GetSecretValueRequest,
            SecretsManagerJsonContext.Default.GetSecretValueResponse,
            CancellationToken.None);
        return response.SecretString
            ?? throw new InvalidOperationException($"Secret '{secretId}' has no SecretString (binary secrets are not supported).");
    }

    private sealed record CachedSecret(Task<string> Value, DateTimeOffset ExpiresAt)
    {
        // A fetch in flight is always fresh enough to share; a failed one is never reused.
        public bool CanServe(DateTimeOffset now, bool bypassCache) =>
            !Value.IsCompleted || (!bypassCache && Value.IsCompletedSuccessfully && now < ExpiresAt);
    }
}
