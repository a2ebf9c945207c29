using CleanStudents.Infrastructure.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// The whole app on real Kestrel, on a loopback port, against the test stack's PostgreSQL (a
/// database of its own) and cognito-local: requests below are real HTTP with real tokens.
/// </summary>
internal sealed class ApiHost(StackInfo stack, string connectionString, IReadOnlyDictionary<string, string?>? settings = null,
    TestQueue? queue = null, Action<IServiceCollection>? services = null)
    : WebApplicationFactory<Program>
{
    public Uri BaseAddress { get; private set; } = null!;

    public string ConnectionString { get; } = connectionString;

    /// <summary>The host's work queue: its own unless one is given, so no other host takes its messages.</summary>
    public TestQueue Queue { get; private set; } = null!;

    /// <summary>The host's files bucket, whose object-created events go to <see cref="Queue"/>.</summary>
    public TestBucket Bucket { get; private set; } = null!;

    public void Start()
    {
        Queue = queue ?? TestQueue.CreateAsync("host").GetAwaiter().GetResult();
        Bucket = TestBucket.CreateAsync(Queue).GetAwaiter().GetResult();
        // The port comes from the "urls" setting below (127.0.0.1:0). UseKestrel(0) would instead rewrite the
        // server's addresses after the host is built, racing the app's own start on the entry-point thread.
        UseKestrel();
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>();
        BaseAddress = new Uri(addresses.Addresses.Single());
    }

    /// <summary>A client that talks to the server over the loopback network.</summary>
    public HttpClient CreateHttpClient(string? accessToken = null) => Loopback.Client(BaseAddress, accessToken);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("urls", "http://127.0.0.1:0");
        builder.UseSetting("ConnectionStrings:Database", ConnectionString);
        builder.UseSetting("Database:MigrateOnStartup", "true");
        // Off in production for speed; here a context used by two operations at once fails the test that did it.
        builder.UseSetting("Database:ThreadSafetyChecks", "true");
        builder.UseSetting("Cognito:UserPoolId", stack.UserPoolId);
        builder.UseSetting("Cognito:Issuer", stack.CognitoIssuer);
        builder.UseSetting("Cognito:JwksUrl", stack.JwksUrl.ToString());
        builder.UseSetting("Cognito:ClientIds:0", stack.ClientId);
        builder.UseSetting("Cognito:ServiceUrl", stack.CognitoEndpoint.ToString());
        foreach (var (key, value) in Queue.Settings(stack.AwsEndpoint).Concat(Bucket.Settings(stack.AwsEndpoint)))
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            builder.UseSetting(key, value);
        }

        if (services is not null)
        {
            builder.ConfigureServices(services);
        }
    }
}
