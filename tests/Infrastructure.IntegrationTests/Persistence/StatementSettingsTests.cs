using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>The database settings as the composed app applies them: to the data source, and to EF Core's contexts.</summary>
public sealed class StatementSettingsTests
{
    [Test]
    public async Task A_statement_runs_with_the_configured_timeout_which_is_its_connections_own()
    {
        await using var services = Compose(new() { ["Database:CommandTimeoutSeconds"] = "7", ["Database:MaxAutoPrepare"] = "5" });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        var settings = new NpgsqlConnectionStringBuilder(services.GetRequiredService<NpgsqlDataSource>().ConnectionString);
        settings.CommandTimeout.Should().Be(7);
        settings.MaxAutoPrepare.Should().Be(5);
        settings.NoResetOnClose.Should().BeTrue();
        // No timeout of EF Core's own: one that differed from the connection's would re-set the socket's per statement.
        db.Database.GetCommandTimeout().Should().BeNull();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandTimeout.Should().Be(7);
    }

    [TestCase(null, false)]
    [TestCase("true", true)]
    public async Task The_thread_safety_check_is_off_unless_turned_on(string? setting, bool expected)
    {
        await using var services = Compose(new() { ["Database:ThreadSafetyChecks"] = setting });
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();

        db.GetService<IDbContextOptions>().FindExtension<CoreOptionsExtension>()!.ThreadSafetyChecksEnabled
            .Should().Be(expected);
    }

    /// <summary>
    /// Pooled connections are not reset (ADR 0016), so no path may leave session state behind: one physical
    /// connection runs the migrations (a session advisory lock) and an idempotency claim (<c>SET LOCAL</c>),
    /// and then shows neither.
    /// </summary>
    [Test]
    public async Task A_pooled_connection_keeps_no_session_state_from_the_paths_that_set_some()
    {
        var connectionString = await TestDatabase.CreateAsync("session_state");
        try
        {
            await using var services = Compose(new() { ["Idempotency:WaitForConcurrent"] = "00:00:00.250" },
                connectionString + ";Maximum Pool Size=1");
            await InScopeAsync(services, s => s.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None));
            await InScopeAsync(services, async s =>
            {
                // Committed: a rolled-back transaction would undo even a plain SET.
                var store = s.GetRequiredService<IIdempotencyStore>();
                var request = new IdempotencyRequest("caller", "key", [1]);
                (await store.ClaimAsync(request, CancellationToken.None)).Kind.Should().Be(IdempotencyOutcomeKind.Claimed);
                await store.CompleteAsync(request, new StoredResponse(201, null, null, null, []), CancellationToken.None);
            });

            await InScopeAsync(services, async s =>
            {
                var connection = (NpgsqlConnection)s.GetRequiredService<ApplicationDbContext>().Database.GetDbConnection();
                await connection.OpenAsync();
                await using var command = new NpgsqlCommand("SELECT current_setting('lock_timeout'), "
                    + "(SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND pid = pg_backend_pid())", connection);
                await using var reader = await command.ExecuteReaderAsync();
                (await reader.ReadAsync()).Should().BeTrue();
                reader.GetString(0).Should().Be("0", "SET LOCAL ended with its transaction");
                reader.GetInt64(1).Should().Be(0, "the migrations released their lock");
            });
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    private static async Task InScopeAsync(IServiceProvider services, Func<IServiceProvider, Task> work)
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }

    private static ServiceProvider Compose(Dictionary<string, string?> settings, string connectionString = "Host=127.0.0.1;Database=unused")
    {
        settings["ConnectionStrings:Database"] = connectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddInfrastructure(configuration).BuildServiceProvider();
    }
}
