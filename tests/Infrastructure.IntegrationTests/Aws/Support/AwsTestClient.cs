using CleanStudents.Infrastructure.Aws;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws.Support;

/// <summary>Builds an <see cref="AwsJsonClient"/> the way DI does, with test-sized timeouts and backoff.</summary>
internal static class AwsTestClient
{
    public static readonly AwsSigningCredentials Credentials = new("AKIDTESTCLIENT", "test/secret/key+for/sigv4");

    public static AwsJsonClient Create(int maxRetries = 3, int timeoutSeconds = 5)
    {
        var services = new ServiceCollection();
        services.AddHttpClient(AwsJsonClient.HttpClientName);
        var factory = services.BuildServiceProvider().GetRequiredService<IHttpClientFactory>();
        var options = Options.Create(new AwsClientOptions
        {
            MaxRetries = maxRetries,
            TimeoutSeconds = timeoutSeconds,
            RetryBaseDelayMilliseconds = 10,
        });
        return new AwsJsonClient(factory, options, TimeProvider.System, NullLogger<AwsJsonClient>.Instance);
    }

    /// <summary>A service at <paramref name="endpoint"/> signed with <see cref="Credentials"/> (no emulator shortcut).</summary>
    public static AwsService Service(Uri endpoint, string signingName = "secretsmanager", string targetPrefix = "secretsmanager") =>
        new(signingName, targetPrefix, "eu-west-1", endpoint, new StaticCredentialsSource(Credentials));
}
