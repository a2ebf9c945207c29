using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>
/// The SDK's default chain (environment, profile, web identity, container and instance roles), resolved on first
/// use. The SDK's credential objects cache and refresh temporary credentials themselves.
/// </summary>
internal sealed class DefaultChainCredentialsSource : IAwsCredentialsSource, IDisposable
{
    private readonly DefaultAWSCredentialsIdentityResolver _resolver = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private AWSCredentials? _credentials;

    public async ValueTask<AwsSigningCredentials> GetAsync(CancellationToken cancellationToken)
    {
        var credentials = _credentials ?? await ResolveAsync(cancellationToken);
        var current = await credentials.GetCredentialsAsync();
        return new AwsSigningCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }

    public void Dispose()
    {
        _resolver.Dispose();
        _gate.Dispose();
    }

    private async Task<AWSCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _credentials ??= await _resolver.ResolveIdentityAsync(null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
