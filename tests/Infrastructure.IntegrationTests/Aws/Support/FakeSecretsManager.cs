using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using CleanStudents.Infrastructure.Aws;
using Microsoft.AspNetCore.Http;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws.Support;

/// <summary>
/// Speaks Secrets Manager's GetSecretValue on loopback (current value, the <c>AWSPREVIOUS</c> stage after a
/// <see cref="Rotate"/>, the <c>AWSPENDING</c> stage after a <see cref="SetPending"/>) and refuses requests whose
/// signature is wrong.
/// </summary>
public sealed class FakeSecretsManager : IAsyncDisposable
{
    private const string PreviousStage = "AWSPREVIOUS";
    private const string PendingStage = "AWSPENDING";

    private readonly ConcurrentDictionary<string, string> _secrets = new();
    private readonly ConcurrentDictionary<string, string> _previous = new();
    private readonly ConcurrentDictionary<string, string> _pending = new();
    private readonly AwsSigningCredentials _credentials;
    private readonly ConcurrentQueue<string> _signatureProblems = new();
    private LoopbackServer? _server;
    private int _calls;

    public Uri Url => _server!.Url;

    public int Calls => Volatile.Read(ref _calls);

    public IReadOnlyCollection<string> SignatureProblems => _signatureProblems;

    /// <summary>Holds every answer this long, so concurrent callers overlap.</summary>
    public TimeSpan Delay { get; set; }

    internal AwsService Service => AwsTestClient.Service(Url);

    private FakeSecretsManager(AwsSigningCredentials credentials) => _credentials = credentials;

    /// <param name="forEmulatorClients">
    /// Expect the placeholder credentials the app signs loopback endpoints with (a whole app under test), instead
    /// of <see cref="AwsTestClient.Credentials"/>.
    /// </param>
    public static async Task<FakeSecretsManager> StartAsync(bool forEmulatorClients = false)
    {
        var fake = new FakeSecretsManager(forEmulatorClients
            ? await StaticCredentialsSource.Emulator.GetAsync(CancellationToken.None)
            : AwsTestClient.Credentials);
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    public void SetSecret(string secretId, string value) => _secrets[secretId] = value;

    /// <summary>What rotation does: the new value becomes current, the current one <c>AWSPREVIOUS</c>.</summary>
    public void Rotate(string secretId, string newValue)
    {
        _previous[secretId] = _secrets[secretId];
        _secrets[secretId] = newValue;
        _pending.TryRemove(secretId, out _);
    }

    /// <summary>What a rotation in progress does before it promotes: a new value labelled <c>AWSPENDING</c>.</summary>
    public void SetPending(string secretId, string value) => _pending[secretId] = value;

    public ValueTask DisposeAsync() => _server?.DisposeAsync() ?? ValueTask.CompletedTask;

    private async Task HandleAsync(HttpContext context)
    {
        Interlocked.Increment(ref _calls);
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var body = buffer.ToArray();

        if (SignatureCheck.Problem(context.Request, body, _credentials, "secretsmanager") is { } problem)
        {
            _signatureProblems.Enqueue(problem);
            await ErrorAsync(context, HttpStatusCode.Forbidden, "InvalidSignatureException", problem);
            return;
        }

        if (context.Request.Headers["X-Amz-Target"] != "secretsmanager.GetSecretValue"
            || context.Request.ContentType != "application/x-amz-json-1.1")
        {
            await ErrorAsync(context, HttpStatusCode.BadRequest, "UnknownOperationException", "Unknown operation");
            return;
        }

        await Task.Delay(Delay);
        using var request = JsonDocument.Parse(body);
        var secretId = request.RootElement.GetProperty("SecretId").GetString()!;
        var stage = request.RootElement.TryGetProperty("VersionStage", out var s) ? s.GetString() : null;
        var values = stage switch
        {
            null => _secrets,
            PreviousStage => _previous,
            PendingStage => _pending,
            _ => null,
        };
        if (values is null || !values.TryGetValue(secretId, out var value))
        {
            await ErrorAsync(
                context, HttpStatusCode.BadRequest, "com.amazonaws.secretsmanager#ResourceNotFoundException",
                "Secrets Manager can't find the specified secret.");
            return;
        }

        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["ARN"] = secretId,
            ["Name"] = secretId,
            ["SecretString"] = value,
        }));
    }

    private static async Task ErrorAsync(HttpContext context, HttpStatusCode status, string type, string message)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/x-amz-json-1.1";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["__type"] = type,
            ["Message"] = message,
        }));
    }
}
