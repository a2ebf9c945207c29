using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// Serves cognito-local's JWKS from a loopback port of its own, so a test can make the identity
/// provider's key endpoint unreachable (stopped: connections are refused) without stopping cognito-local.
/// </summary>
internal sealed class JwksRelay : IAsyncDisposable
{
    private readonly WebApplication _app;

    private JwksRelay(WebApplication app) => _app = app;

    public Uri JwksUrl { get; private set; } = null!;

    public int Served { get; private set; }

    public static async Task<JwksRelay> StartAsync(Uri upstream)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var relay = new JwksRelay(app);
        using var http = new HttpClient();
        var jwks = await http.GetStringAsync(upstream);
        app.MapGet("/jwks.json", () =>
        {
            relay.Served++;
            return Results.Content(jwks, "application/json");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>()
            .Addresses.Single();
        relay.JwksUrl = new Uri($"{address}/jwks.json");
        return relay;
    }

    public Task StopAsync() => _app.StopAsync();

    public ValueTask DisposeAsync() => _app.DisposeAsync();
}
