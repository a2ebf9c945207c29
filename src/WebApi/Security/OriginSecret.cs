using System.Security.Cryptography;
using System.Text;
using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Security;

/// <summary>
/// The values of the origin secret a request may carry: the current one and, after a rotation, the previous one.
/// A value matching neither makes it re-read the secret (at most once per refresh interval, shared by all
/// requests waiting), so the value rotation just made current is accepted before it is cached.
/// </summary>
internal sealed class OriginSecret(ISecretStore store, IOptions<OriginVerifyOptions> options, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private Task<AcceptedValues>? _refresh;
    private DateTimeOffset _refreshStartedAt;

    public async Task<bool> AcceptsAsync(string presented, CancellationToken cancellationToken)
    {
        var value = Encoding.UTF8.GetBytes(presented);
        return (await ReadAsync(refresh: false, cancellationToken)).Accept(value)
            || (await RefreshAsync(cancellationToken)).Accept(value);
    }

    private Task<AcceptedValues> RefreshAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            if (_refresh is null || _refresh.IsFaulted
                || now - _refreshStartedAt >= TimeSpan.FromSeconds(options.Value.RefreshIntervalSeconds))
            {
                // Not tied to one request's token: every request that missed waits on this one read.
                _refresh = Task.Run(() => ReadAsync(refresh: true, CancellationToken.None), CancellationToken.None);
                _refreshStartedAt = now;
            }

            return _refresh.WaitAsync(cancellationToken);
        }
    }

    private async Task<AcceptedValues> ReadAsync(bool refresh, CancellationToken cancellationToken)
    {
        var secretId = options.Value.SecretArn!;
        var current = refresh
            ? await store.RefreshSecretAsync(secretId, cancellationToken)
            : await store.GetSecretAsync(secretId, cancellationToken);
        var previous = await store.GetSecretStageAsync(secretId, ISecretStore.PreviousStage, refresh, cancellationToken);
        return new AcceptedValues(Encoding.UTF8.GetBytes(current), previous is null ? null : Encoding.UTF8.GetBytes(previous));
    }

    private sealed record AcceptedValues(byte[] Current, byte[]? Previous)
    {
        // Both comparisons always run, each in constant time: timing tells nothing about which value (nearly) matched.
        public bool Accept(byte[] value) =>
            CryptographicOperations.FixedTimeEquals(value, Current)
            | (Previous is not null && CryptographicOperations.FixedTimeEquals(value, Previous));
    }
}
