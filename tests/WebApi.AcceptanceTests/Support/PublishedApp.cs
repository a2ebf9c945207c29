using System.Diagnostics;
using System.Net;
using System.Text;
using CleanStudents.Infrastructure.IntegrationTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// The published executable, started as the Lambda Web Adapter starts it: its own process on a loopback port, the
/// environment the CloudFormation template sets (AWS_LWA_PORT, ASPNETCORE_URLS, Production, the memory settings of
/// ADR 0008, no local queue workers), with its JSON log lines collected.
/// </summary>
internal sealed class PublishedApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PublishedApp(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>
    /// Starts <paramref name="executable"/> on <paramref name="connectionString"/> and <paramref name="queue"/> (with
    /// a bucket of its own) and waits until it answers its readiness path.
    /// </summary>
    public static async Task<PublishedApp> StartAsync(string executable, string connectionString, TestQueue queue,
        IReadOnlyDictionary<string, string>? settings = null)
    {
        var stack = Api.Stack;
        var port = Loopback.FreePort();
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var environment = new Dictionary<string, string>
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = "cleanstudents-test-api",
            ["AWS_LWA_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_LWA_READINESS_CHECK_PATH"] = "/health/live",
            ["AWS_LWA_PASS_THROUGH_PATH"] = "/events",
            ["AWS_LWA_ERROR_STATUS_CODES"] = "500-599",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["MALLOC_ARENA_MAX"] = "2",
            ["DOTNET_JitHostMaxSlabCache"] = "0x100000",
            ["ConnectionStrings__Database"] = connectionString,
            ["Cognito__UserPoolId"] = stack.UserPoolId,
            ["Cognito__ClientIds__0"] = stack.ClientId,
            ["Cognito__Issuer"] = stack.CognitoIssuer,
            ["Cognito__JwksUrl"] = stack.JwksUrl.ToString(),
            ["Cognito__ServiceUrl"] = stack.CognitoEndpoint.ToString(),
            ["OriginVerify__Enabled"] = "false",
            // As on Lambda: the event source mapping and the scheduler invoke it, no poller or timer runs inside.
            ["Queue__Url"] = queue.Url,
            ["Queue__ServiceUrl"] = stack.AwsEndpoint.ToString(),
            ["Queue__RunLocalWorkers"] = "false",
            ["Files__Bucket"] = (await TestBucket.CreateAsync(queue)).Name,
            ["Files__ServiceUrl"] = stack.AwsEndpoint.ToString(),
        };
        foreach (var (key, value) in environment.Concat(settings ?? new Dictionary<string, string>()))
        {
            info.Environment[key] = value;
        }

        var app = new PublishedApp(new Process { StartInfo = info }, new Uri($"http://127.0.0.1:{port}"));
        app._process.OutputDataReceived += (_, e) => app.Append(e.Data);
        app._process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        app._process.Start();
        app._process.BeginOutputReadLine();
        app._process.BeginErrorReadLine();

        try
        {
            using var probe = app.CreateClient();
            await Eventually.HoldsAsync(async () => await IsLiveAsync(probe), "the app answers /health/live on AWS_LWA_PORT");
            return app;
        }
        catch
        {
            // A process that never became ready would otherwise outlive the test; its log says why.
            await app.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of this process, signed in as <paramref name="persona"/> when one is given.</summary>
    public HttpClient CreateClient(Persona? persona = null) => Loopback.Client(BaseAddress, persona?.AccessToken);

    /// <summary>The JSON lines the app has logged so far.</summary>
    public List<string> LogLines()
    {
        lock (_output)
        {
            return _output.ToString().Split('\n').Where(l => l.TrimStart().StartsWith('{')).ToList();
        }
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        // What went wrong inside, for the test's output: a failed check here usually has its cause there.
        foreach (var line in LogLines().Where(l => l.Contains("\"ERROR\"", StringComparison.Ordinal) || l.Contains("\"FATAL\"", StringComparison.Ordinal)))
        {
            TestContext.Out.WriteLine(line);
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static async Task<bool> IsLiveAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health/live");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }
}
