namespace CleanStudents.Infrastructure.Aws;

/// <summary>Fixed credentials: tests, and local emulators that accept any signature.</summary>
internal sealed class StaticCredentialsSource(AwsSigningCredentials credentials) : IAwsCredentialsSource
{
    /// <summary>What cognito-local and other loopback emulators get; they never check it.</summary>
    public static StaticCredentialsSource Emulator { get; } = new(new AwsSigningCredentials("local", "local"));

    public ValueTask<AwsSigningCredentials> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(credentials);
}
