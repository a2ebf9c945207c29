using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// PgBouncer (Debian's package) in transaction mode in front of an <see cref="OwnPostgres"/>: the
/// local stand-in for RDS Proxy. It runs as the non-root user cleanstudents, on loopback.
/// </summary>
internal sealed class OwnPgBouncer : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private OwnPgBouncer(Process process, string dir, int port)
    {
        _process = process;
        _dir = dir;
        Port = port;
    }

    public int Port { get; }

    public static async Task<OwnPgBouncer> StartAsync(OwnPostgres postgres, string database, int serverPoolSize)
    {
        var dir = Path.Combine("/var/tmp", $"cleanstudents-pgbouncer-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var port = Loopback.FreePort();
        await File.WriteAllTextAsync(Path.Combine(dir, "users.txt"), "\"cleanstudents\" \"\"\n");
        await File.WriteAllTextAsync(Path.Combine(dir, "pgbouncer.ini"), $"""
            [databases]
            {database} = host=127.0.0.1 port={postgres.Port} dbname={database}
            [pgbouncer]
            listen_addr = 127.0.0.1
            listen_port = {port}
            unix_socket_dir =
            auth_type = trust
            auth_file = {dir}/users.txt
            pool_mode = transaction
            default_pool_size = {serverPoolSize}
            max_client_conn = 2000
            ignore_startup_parameters = extra_float_digits
            """);
        var asRoot = Environment.UserName == "root" && OperatingSystem.IsLinux();
        var info = new ProcessStartInfo(asRoot ? "runuser" : "pgbouncer") { RedirectStandardError = true, RedirectStandardOutput = true };
        if (asRoot && OperatingSystem.IsLinux())
        {
            File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.OtherRead | UnixFileMode.OtherExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
            foreach (var arg in new[] { "-u", "cleanstudents", "--", "pgbouncer" })
            {
                info.ArgumentList.Add(arg);
            }
        }

        info.ArgumentList.Add(Path.Combine(dir, "pgbouncer.ini"));
        var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var bouncer = new OwnPgBouncer(process, dir, port);
        await bouncer.WaitForPortAsync();
        return bouncer;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private async Task WaitForPortAsync()
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"pgbouncer exited with code {_process.ExitCode}.");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new InvalidOperationException("pgbouncer did not listen within 10 s.");
    }
}
