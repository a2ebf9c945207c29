using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>
/// Mixed reads and writes from many concurrent clients: no 5xx, every acknowledged write stored.
/// CI size by default; build/load.sh runs 200 clients for 60 s (LOAD_CLIENTS, LOAD_SECONDS).
/// </summary>
public sealed class LoadTests
{
    [Test]
    public async Task Concurrent_clients_get_no_5xx_and_every_acknowledged_write_is_stored()
    {
        var clients = LoadRun.Setting("LOAD_CLIENTS", 50);
        var duration = TimeSpan.FromSeconds(LoadRun.Setting("LOAD_SECONDS", 5));
        var host = await OwnHost.StartAsync("load", new Dictionary<string, string?>
        {
            ["RateLimiting:TokenLimit"] = "1000000",
            ["RateLimiting:TokensPerPeriod"] = "1000000",
        });
        try
        {
            using var client = host.CreateHttpClient(Admin.AccessToken);
            var run = new LoadRun();

            await run.RunAsync([client], clients, duration);

            TestContext.Out.WriteLine($"Load ({clients} clients): {run.Summary(duration)}");
            run.Samples.Should().OnlyContain(s => s.Status < 500);
            await using var connection = new Npgsql.NpgsqlConnection(host.ConnectionString);
            await connection.OpenAsync();
            await using var count = new Npgsql.NpgsqlCommand("SELECT count(*) FROM students WHERE id = ANY($1)", connection);
            count.Parameters.Add(new Npgsql.NpgsqlParameter { Value = run.AcknowledgedIds.ToArray() });
            ((long)(await count.ExecuteScalarAsync())!).Should().Be(run.AcknowledgedIds.Count);
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }
}
