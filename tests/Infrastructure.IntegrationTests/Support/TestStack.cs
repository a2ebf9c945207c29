namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>Where the real PostgreSQL and cognito-local of a test run are.</summary>
/// <param name="ServerConnectionString">Connects to the server's maintenance database as a superuser.</param>
public sealed record StackInfo(string ServerConnectionString, Uri CognitoEndpoint, string UserPoolId, string ClientId)
{
    public string CognitoIssuer => $"{CognitoEndpoint.ToString().TrimEnd('/')}/{UserPoolId}";
}

/// <summary>The shared stack of a test run, read from the environment that build/test.sh sets.</summary>
public static class TestStack
{
    private static readonly Lazy<Task<StackInfo>> Stack = new(StartAsync);

    public static Task<StackInfo> GetAsync() => Stack.Value;

    private static Task<StackInfo> StartAsync()
    {
        static string Require(string name) => Environment.GetEnvironmentVariable(name)
            ?? throw new InvalidOperationException($"{name} is not set; run the tests through ./build/test.sh.");

        return Task.FromResult(new StackInfo(
            Require("PG_CONNECTION_STRING"),
            new Uri(Require("COGNITO_ENDPOINT")),
            Require("COGNITO_USER_POOL_ID"),
            Require("COGNITO_CLIENT_ID")));
    }
}
