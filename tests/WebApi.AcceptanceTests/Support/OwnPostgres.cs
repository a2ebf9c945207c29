using System.Diagnostics;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>A PostgreSQL cluster of a test's own (build/pg-cluster.sh), so the test may stop and start it.</summary>
internal sealed class OwnPostgres : IAsyncDisposable
{
    private readonly string _dir;

    private OwnPostgres(string dir, int port)
    {
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database, string extra = "") =>
        $"Host=127.0.0.1;Port={Port};Database={database};Username=cleanstudents;{extra}";

    public static async Task<OwnPostgres> StartAsync(int maxConnections = 100)
    {
        var port = Loopback.FreePort();
        var postgres = new OwnPostgres(Path.Combine("/var/tmp", $"cleanstudents-own-pg-{Guid.NewGuid():N}"), port);
        await RunAsync("init", postgres._dir, port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            maxConnections.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return postgres;
    }

    public Task StopAsync() => RunAsync("stop", _dir);

    public Task StartAgainAsync() => RunAsync("start", _dir);

    public async ValueTask DisposeAsync() => await RunAsync("down", _dir);

    private static async Task RunAsync(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardError = true, RedirectStandardOutput = true };
        info.ArgumentList.Add(Path.Combine(RepoRoot, "build", "pg-cluster.sh"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pg-cluster.sh {string.Join(' ', args)} failed: {await output}{await error}");
        }
    }

    private static string RepoRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CleanStudents.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("CleanStudents.sln not found above the test binaries.");
        }
    }
}
