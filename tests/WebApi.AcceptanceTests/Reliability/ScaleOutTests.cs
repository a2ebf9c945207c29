using CleanStudents.WebApi.AcceptanceTests.Support;
using Npgsql;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>
/// Lambda scale-out: 8 app instances, each with its own Npgsql pool of the CloudFormation stage's
/// size (DatabaseMaxPoolSize = 3), against a PostgreSQL with max_connections = 40, directly and
/// through PgBouncer in transaction mode (RDS Proxy's stand-in, so, as the database stack exports
/// for the proxy, without prepared statements). No client may see a connection exhaustion error (a 5xx). CI size by default; build/scaleout.sh runs the full size.
/// </summary>
public sealed class ScaleOutTests
{
    private const int Instances = 8;
    private const int StagePoolSize = 3;
    private const int MaxConnections = 40;

    [TestCase(false, StagePoolSize)]
    [TestCase(true, 10)]
    public async Task Eight_instances_against_40_connections_never_exhaust_them(bool throughPgBouncer, int poolSize)
    {
        await using var postgres = await OwnPostgres.StartAsync(MaxConnections);
        await using (var setup = new NpgsqlConnection(postgres.ConnectionString("postgres")))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE scaleout", setup);
            await create.ExecuteNonQueryAsync();
        }

        // Migrations take a session advisory lock: run them directly, never through a transaction pooler.
        await StopAsync(StartInstance(postgres.ConnectionString("scaleout", "Maximum Pool Size=1"), migrate: true,
            preparesStatements: true));
        await using var bouncer = throughPgBouncer ? await OwnPgBouncer.StartAsync(postgres, "scaleout", serverPoolSize: 20) : null;
        var connectionString = bouncer is null
            ? postgres.ConnectionString("scaleout", $"Maximum Pool Size={poolSize}")
            : $"Host=127.0.0.1;Port={bouncer.Port};Database=scaleout;Username=cleanstudents;Maximum Pool Size={poolSize};No Reset On Close=true";
        var instances = new List<ApiHost>();
        try
        {
            for (var i = 0; i < Instances; i++)
            {
                instances.Add(StartInstance(connectionString, migrate: false, preparesStatements: bouncer is null));
            }

            var clients = instances.Select(h => h.CreateHttpClient(Admin.AccessToken)).ToList();
            var duration = TimeSpan.FromSeconds(LoadRun.Setting("SCALEOUT_SECONDS", 5));
            var concurrency = LoadRun.Setting("SCALEOUT_CLIENTS", 64);
            var run = new LoadRun();

            await run.RunAsync(clients, concurrency, duration);

            TestContext.Out.WriteLine(
                $"Scale-out ({Instances} instances x pool {poolSize}{(bouncer is null ? " direct" : " via PgBouncer (20 server connections)")}, " +
                $"max_connections {MaxConnections}, {concurrency} clients): {run.Summary(duration)}");
            run.Samples.Should().OnlyContain(s => s.Status < 500);
            run.AcknowledgedIds.Should().NotBeEmpty();
            clients.ForEach(c => c.Dispose());
        }
        finally
        {
            foreach (var instance in instances)
            {
                await StopAsync(instance);
            }
        }
    }

    private static ApiHost StartInstance(string connectionString, bool migrate, bool preparesStatements)
    {
        var host = new ApiHost(Stack, connectionString, new Dictionary<string, string?>
        {
            ["Database:MigrateOnStartup"] = migrate ? "true" : "false",
            // A transaction pooler hands each transaction any server connection: a statement prepared
            // on one is missing on the next (cloudformation/database.yaml exports 0 behind RDS Proxy).
            ["Database:MaxAutoPrepare"] = preparesStatements ? "32" : "0",
            ["RateLimiting:TokenLimit"] = "1000000",
            ["RateLimiting:TokensPerPeriod"] = "1000000",
        });
        host.Start();
        return host;
    }

    private static async Task StopAsync(ApiHost host) => await host.DisposeAsync();
}
