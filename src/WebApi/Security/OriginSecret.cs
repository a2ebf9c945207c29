using System.Security.Cryptography;
using System.Text;
using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.Options;

namespace CleanStudents.WebApi.Security;

/// <summary>
/// The values of the origin secret a request may carry: the current one, the previous one after a rotation, and
/// the pending one during a rotation (which pushes it to CloudFront before it promotes it, so a failed push never
/// leaves CloudFront on a value the app will forget). A value matching none makes it re-read the secret (at most
/// once per refresh interval, shared by all requests waiting), so a value just rotated in is accepted before it is cached.
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
        var pending = await store.GetSecretStageAsync(secretId, ISecretStore.PendingStage, refresh, cancellationToken);
        return new AcceptedValues([.. new[] { current, previous, pending }.OfType<string>().Select(Encoding.UTF8.GetBytes)]);
    }

    private sealed record AcceptedValues(byte[][] Values)
    {
        // Every comparison always runs, each in constant time: timing tells nothing about which value (nearly) matched.
        public bool Accept(byte[] value)
        {
            var accepted = false;
            foreach (var candidate in Values)
            {
                accepted |= CryptographicOperations.FixedTimeEquals(value, candidate);
            }

            return accepted;
        }
    }
}
