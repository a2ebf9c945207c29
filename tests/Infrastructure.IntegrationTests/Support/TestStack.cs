using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>Where the real PostgreSQL and cognito-local of a test run are.</summary>
/// <param name="ServerConnectionString">Connects to the server as the superuser <c>cleanstudents</c>.</param>
/// <param name="CognitoEndpoint">cognito-local's base address, e.g. <c>http://127.0.0.1:9229</c>.</param>
/// <param name="UserPoolId">The user pool that has the groups admins, lecturers and students.</param>
/// <param name="ClientId">An app client of that pool with USER_PASSWORD_AUTH.</param>
/// <param name="AwsEndpoint">moto's server (SQS), e.g. <c>http://127.0.0.1:5000</c>.</param>
public sealed record StackInfo(string ServerConnectionString, Uri CognitoEndpoint, string UserPoolId, string ClientId, Uri AwsEndpoint)
{
    /// <summary>The <c>iss</c> of the pool's tokens.</summary>
    public string CognitoIssuer => $"{CognitoEndpoint.ToString().TrimEnd('/')}/{UserPoolId}";

    /// <summary>Where the pool's signing keys are served.</summary>
    public Uri JwksUrl => new($"{CognitoIssuer}/.well-known/jwks.json");

    /// <summary>Password of the seeded demo users, when the stack has them (stack.env's DEMO_PASSWORD).</summary>
    public string? DemoPassword { get; init; }
}

/// <summary>
/// The shared stack of a test run. build/test.sh starts one and passes it through the
/// environment (PG_CONNECTION_STRING, COGNITO_ENDPOINT, COGNITO_USER_POOL_ID, COGNITO_CLIENT_ID, AWS_ENDPOINT_URL).
/// When those are absent (a plain <c>dotnet test</c>), the first caller starts a private one with
/// <c>build/stack.sh up</c> in a temporary folder; it is stopped when the test process exits.
/// </summary>
public static class TestStack
{
    private static readonly string[] _requiredVariables =
        ["PG_CONNECTION_STRING", "COGNITO_ENDPOINT", "COGNITO_USER_POOL_ID", "COGNITO_CLIENT_ID", "AWS_ENDPOINT_URL"];

    private static readonly Lazy<Task<StackInfo>> _stack = new(StartAsync);

    public static Task<StackInfo> GetAsync() => _stack.Value;

    private static async Task<StackInfo> StartAsync()
    {
        var present = _requiredVariables.Where(v => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(v))).ToList();
        if (present.Count == _requiredVariables.Length)
        {
            return FromValues(name => Environment.GetEnvironmentVariable(name));
        }

        if (present.Count > 0)
        {
            throw new InvalidOperationException(
                $"Only some of {string.Join(", ", _requiredVariables)} are set ({string.Join(", ", present)}); set all of them or none.");
        }

        var values = await StartOwnStackAsync();
        foreach (var (key, value) in values)
        {
            // Later readers of the environment (e.g. a web host under test) see the same stack.
            Environment.SetEnvironmentVariable(key, value);
        }

        return FromValues(name => values.GetValueOrDefault(name));
    }

    private static StackInfo FromValues(Func<string, string?> get)
    {
        string Require(string name) => get(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"{name} is missing from the test stack's settings.");

        return new StackInfo(
            Require("PG_CONNECTION_STRING"),
            new Uri(Require("COGNITO_ENDPOINT")),
            Require("COGNITO_USER_POOL_ID"),
            Require("COGNITO_CLIENT_ID"),
            new Uri(Require("AWS_ENDPOINT_URL")))
        {
            DemoPassword = get("DEMO_PASSWORD"),
        };
    }

    private static async Task<Dictionary<string, string>> StartOwnStackAsync()
    {
        var repoRoot = FindRepoRoot();
        var script = Path.Combine(repoRoot, "build", "stack.sh");
        var dir = Directory.CreateTempSubdirectory("cleanstudents-stack-").FullName;

        // Registered first, so a half-started stack is stopped too. The --owner-pid watchdog
        // of stack.sh covers a test process that is killed before it can run this.
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            RunScript(script, repoRoot, TimeSpan.FromSeconds(60), "down", dir, "--wipe").GetAwaiter().GetResult();
            TryDelete(dir);
        };

        var (exitCode, output) = await RunScript(
            script, repoRoot, TimeSpan.FromMinutes(10), "up", dir, "--owner-pid", Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (exitCode != 0)
        {
            throw new InvalidOperationException($"build/stack.sh up {dir} failed with exit code {exitCode}:{Environment.NewLine}{output}");
        }

        return StackEnv.Parse(await File.ReadAllTextAsync(Path.Combine(dir, "stack.env")));
    }

    /// <summary>The checkout the tests run from (the folder with CleanStudents.sln).</summary>
    public static string FindRepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "CleanStudents.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds CleanStudents.sln.");
    }

    /// <summary>Runs one of the build scripts with bash; its exit code and everything it wrote.</summary>
    internal static async Task<(int ExitCode, string Output)> RunScript(string script, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var info = new ProcessStartInfo("bash")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(script);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        var output = new StringBuilder();
        using var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"timed out after {timeout}{Environment.NewLine}{Snapshot()}");
        }

        return (process.ExitCode, Snapshot());

        void Append(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        string Snapshot()
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private static void TryDelete(string dir)
    {
        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: it is a temporary folder.
        }
        catch (UnauthorizedAccessException)
        {
            // Best effort: it is a temporary folder.
        }
    }
}

/// <summary>Reads the shell <c>KEY=value</c> lines that build/stack.sh writes.</summary>
public static class StackEnv
{
    public static Dictionary<string, string> Parse(string text)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var equals = line.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            values[line[..equals]] = Unquote(line[(equals + 1)..]);
        }

        return values;
    }

    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
        {
            return value[1..^1].Replace("'\\''", "'", StringComparison.Ordinal);
        }

        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            return value[1..^1];
        }

        return value;
    }
}
