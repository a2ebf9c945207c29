using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using CleanStudents.Infrastructure.Persistence;
using CleanStudents.Infrastructure.IntegrationTests.Aws.Support;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.Infrastructure.Secrets;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

/// <summary>The database password rotates under traffic; after a short grace period nothing fails.</summary>
public sealed class RdsPasswordRotationTests
{
    private static readonly TimeSpan GracePeriod = TimeSpan.FromSeconds(3);

    [Test]
    [CancelAfter(60_000)]
    public async Task Queries_keep_working_across_a_password_rotation(CancellationToken cancellationToken)
    {
        var server = new NpgsqlConnectionStringBuilder((await TestStack.GetAsync()).ServerConnectionString);
        var role = $"rotation_{Guid.NewGuid():N}"[..30];
        const string secretArn = "arn:aws:secretsmanager:eu-west-1:123456789012:secret:rds!db-test";
        await using var admin = NpgsqlDataSource.Create(server.ConnectionString);
        await ExecuteAsync(admin, $"CREATE ROLE {role} LOGIN PASSWORD 'first-Pa55'", cancellationToken);
        try
        {
            await RequirePasswordAuthenticationAsync(server, role, cancellationToken);

            await using var fake = await FakeSecretsManager.StartAsync();
            fake.SetSecret(secretArn, Secret(role, "first-Pa55"));
            var store = new SecretsManagerSecretStore(AwsTestClient.Create(), fake.Service, TimeSpan.FromMinutes(5), TimeProvider.System);
            var passwords = new RdsPasswordProvider(store, secretArn, TimeProvider.System, NullLogger<RdsPasswordProvider>.Instance);
            var options = new DatabaseOptions
            {
                Host = server.Host, Port = server.Port, Name = server.Database, SecretArn = secretArn, MaxPoolSize = 4,
            };
            await using var dataSource = RdsDataSource.Build(options, passwords);
            var contextOptions = new DbContextOptionsBuilder()
                .UseNpgsql(dataSource)
                .AddInterceptors(new RdsPasswordRefreshInterceptor(passwords))
                .Options;

            var clock = Stopwatch.StartNew();
            var outcomes = new ConcurrentQueue<(TimeSpan At, Exception? Error)>();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested)
                {
                    try
                    {
                        await using var db = new DbContext(contextOptions);
                        var user = await db.Database.SqlQueryRaw<string>("SELECT current_user AS \"Value\"").SingleAsync(stop.Token);
                        user.Should().Be(role);
                        outcomes.Enqueue((clock.Elapsed, null));
                    }
                    catch (Exception) when (stop.IsCancellationRequested)
                    {
                        // The test stopped the traffic while this query was in flight: not an outcome.
                        break;
                    }
                    catch (Exception e)
                    {
                        outcomes.Enqueue((clock.Elapsed, e));
                    }

                    await Task.Delay(10, CancellationToken.None);
                }
            })).ToList();

            // Traffic first (the first DbContext builds its model, which takes a moment).
            while (outcomes.Count(o => o.Error is null) < 20)
            {
                await Task.Delay(50, cancellationToken);
            }

            // Rotation order as RDS does it: the database first, then the secret.
            await ExecuteAsync(admin, $"ALTER ROLE {role} PASSWORD 'second-Pa55'", cancellationToken);
            fake.SetSecret(secretArn, Secret(role, "second-Pa55"));
            var rotatedAt = clock.Elapsed;

            // Keep forcing new physical connections: pooled ones stay authenticated and would hide the problem.
            while (clock.Elapsed < rotatedAt + GracePeriod + TimeSpan.FromSeconds(3))
            {
                dataSource.Clear();
                await Task.Delay(200, cancellationToken);
            }

            await stop.CancelAsync();
            await Task.WhenAll(workers);

            var afterGrace = outcomes.Where(o => o.At > rotatedAt + GracePeriod).ToList();
            afterGrace.Where(o => o.Error is not null).Select(o => o.Error!.Message).Should().BeEmpty();
            afterGrace.Should().NotBeEmpty();
            outcomes.Where(o => o.At < rotatedAt).Should().OnlyContain(o => o.Error == null);
            TestContext.Out.WriteLine(
                $"{outcomes.Count} queries, {outcomes.Count(o => o.Error is not null)} refused during the grace period");
            fake.Calls.Should().BeGreaterThanOrEqualTo(2, "a refused password must make the store read the secret again");
            fake.SignatureProblems.Should().BeEmpty();
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP ROLE IF EXISTS {role}", CancellationToken.None);
        }
    }

    private static string Secret(string username, string password) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["username"] = username, ["password"] = password });

    private static async Task ExecuteAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // A server that trusts loopback never refuses a password, so there would be nothing to observe.
    private static async Task RequirePasswordAuthenticationAsync(
        NpgsqlConnectionStringBuilder server, string role, CancellationToken cancellationToken)
    {
        var wrong = new NpgsqlConnectionStringBuilder(server.ConnectionString)
        {
            Username = role, Password = "wrong", Pooling = false,
        };
        await using var connection = new NpgsqlConnection(wrong.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidPassword)
        {
            return;
        }

        Assert.Ignore("The test PostgreSQL accepts any password for loopback (trust); rotation cannot be observed.");
    }
}
