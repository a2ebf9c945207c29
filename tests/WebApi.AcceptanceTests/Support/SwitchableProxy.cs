using CleanStudents.Infrastructure.IntegrationTests.Aws.Support;
using Microsoft.AspNetCore.Http;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// A loopback stand-in for a service that can go down and come back: while <see cref="IsUp"/> it forwards every
/// request to the target; while down it drops the connection, as an unreachable endpoint does, or, when it
/// <see cref="Blackholes"/>, never answers, as a firewalled one does.
/// </summary>
internal sealed class SwitchableProxy : IAsyncDisposable
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private readonly Uri _target;
    private LoopbackServer? _server;
    private int _forwarded;
    private int _refused;

    private SwitchableProxy(Uri target) => _target = target;

    public Uri Url => _server!.Url;

    public bool IsUp { get; set; }

    public bool Blackholes { get; init; }

    public int Forwarded => Volatile.Read(ref _forwarded);

    /// <summary>Requests that arrived while down.</summary>
    public int Refused => Volatile.Read(ref _refused);

    public static async Task<SwitchableProxy> StartAsync(Uri target, bool blackholes = false)
    {
        var proxy = new SwitchableProxy(target) { Blackholes = blackholes };
        proxy._server = await LoopbackServer.StartAsync(proxy.HandleAsync);
        return proxy;
    }

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        if (!IsUp)
        {
            Interlocked.Increment(ref _refused);
            if (Blackholes)
            {
                // Hold the request until the caller gives up.
                await Task.Delay(Timeout.Infinite, context.RequestAborted).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }

            context.Abort();
            return;
        }

        Interlocked.Increment(ref _forwarded);
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body);
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            new Uri(_target, context.Request.Path + context.Request.QueryString))
        {
            Content = new ByteArrayContent(body.ToArray()),
        };
        foreach (var (name, values) in context.Request.Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values) && !name.Equals("Host", StringComparison.OrdinalIgnoreCase))
            {
                request.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        request.Headers.Host = null;
        using var response = await Http.SendAsync(request, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        context.Response.ContentType = response.Content.Headers.ContentType?.ToString();
        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
