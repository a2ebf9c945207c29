using Amazon.Runtime;
using Amazon.Runtime.Credentials;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>
/// The SDK's default chain (environment, profile, web identity, container and instance roles), resolved on first
/// use. The SDK's credential objects cache and refresh temporary credentials themselves. The resolver (and
/// AWSSDK.Core with it) is only loaded then: a process that talks to emulators never walks the chain.
/// </summary>
internal sealed class DefaultChainCredentialsSource : IAwsCredentialsSource, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private DefaultAWSCredentialsIdentityResolver? _resolver;
    private AWSCredentials? _credentials;

    public async ValueTask<AwsSigningCredentials> GetAsync(CancellationToken cancellationToken)
    {
        var credentials = _credentials ?? await ResolveAsync(cancellationToken);
        var current = await credentials.GetCredentialsAsync();
        return new AwsSigningCredentials(current.AccessKey, current.SecretKey, current.UseToken ? current.Token : null);
    }

    public void Dispose()
    {
        _resolver?.Dispose();
        _gate.Dispose();
    }

    private async Task<AWSCredentials> ResolveAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            _resolver ??= new DefaultAWSCredentialsIdentityResolver();
            return _credentials ??= await _resolver.ResolveIdentityAsync(null, cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }
}
