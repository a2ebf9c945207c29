using CleanStudents.Infrastructure.IntegrationTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>An API host with settings of its own (tiny limits, a JWKS relay …) and a database of its own.</summary>
internal static class OwnHost
{
    public static async Task<ApiHost> StartAsync(string name, IReadOnlyDictionary<string, string?> settings)
    {
        var host = new ApiHost(Api.Stack, await TestDatabase.CreateAsync(name), settings);
        host.Start();
        return host;
    }

    public static async Task StopAsync(ApiHost? host)
    {
        if (host is not null)
        {
            await host.DisposeAsync();
            await TestDatabase.DropAsync(host.ConnectionString);
        }
    }
}
