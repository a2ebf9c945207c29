namespace CleanStudents.Infrastructure.Aws;

/// <summary>Where signing credentials come from; asked before every request so rotated role credentials are used.</summary>
internal interface IAwsCredentialsSource
{
    ValueTask<AwsSigningCredentials> GetAsync(CancellationToken cancellationToken);
}
