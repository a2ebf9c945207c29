namespace CleanStudents.Infrastructure.Aws;

/// <summary>One AWS JSON-protocol service as the client calls it.</summary>
/// <param name="SigningName">The SigV4 service name, e.g. <c>secretsmanager</c> or <c>cognito-idp</c>.</param>
/// <param name="TargetPrefix">Prefix of <c>X-Amz-Target</c>, e.g. <c>AWSCognitoIdentityProviderService</c>.</param>
/// <param name="Region">The SigV4 signing region.</param>
/// <param name="Endpoint">Where requests go: the regional AWS endpoint or a local override.</param>
/// <param name="Credentials">What requests to this endpoint are signed with.</param>
internal sealed record AwsService(
    string SigningName,
    string TargetPrefix,
    string Region,
    Uri Endpoint,
    IAwsCredentialsSource Credentials)
{
    /// <summary>
    /// The regional endpoint, or <paramref name="serviceUrl"/> when set. A loopback override is a local emulator,
    /// which is signed with placeholder credentials so a laptop never walks the SDK chain (or the instance
    /// metadata endpoint) just to talk to cognito-local.
    /// </summary>
    public static AwsService Create(
        string signingName, string targetPrefix, string region, Uri? serviceUrl, IAwsCredentialsSource awsCredentials)
    {
        var endpoint = serviceUrl ?? new Uri($"https://{signingName}.{region}.amazonaws.com/");
        var credentials = endpoint.IsLoopback ? StaticCredentialsSource.Emulator : awsCredentials;
        return new AwsService(signingName, targetPrefix, region, endpoint, credentials);
    }
}
