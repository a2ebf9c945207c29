using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;
using Npgsql;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>
/// A real PostgreSQL of the test's own is restarted under concurrent writers: clients see 201 or
/// 503 + Retry-After (never 500), readiness follows the database, liveness does not, the app
/// recovers by itself, every acknowledged write is there, and retrying each refused write with its
/// Idempotency-Key leaves exactly one row per request.
/// </summary>
public sealed class DatabaseRestartTests
{
    private const int Writers = 16;
    private static readonly TimeSpan Downtime = TimeSpan.FromSeconds(3);

    [Test]
    public async Task Writes_survive_a_database_restart_and_refusals_are_clean()
    {
        await using var postgres = await OwnPostgres.StartAsync();
        await using (var setup = new NpgsqlConnection(postgres.ConnectionString("postgres")))
        {
            await setup.OpenAsync();
            await using var create = new NpgsqlCommand("CREATE DATABASE faults", setup);
            await create.ExecuteNonQueryAsync();
        }

        var connectionString = postgres.ConnectionString("faults", "Timeout=3;Command Timeout=5");
        await using var host = new ApiHost(Stack, connectionString, new Dictionary<string, string?>
        {
            ["RateLimiting:TokenLimit"] = "1000000",
            ["RateLimiting:TokensPerPeriod"] = "1000000",
        });
        host.Start();
        using var client = host.CreateHttpClient(Admin.AccessToken);
        var attempts = new ConcurrentBag<Attempt>();
        using var stop = new CancellationTokenSource();

        var writers = Enumerable.Range(0, Writers).Select(_ => Task.Run(() => WriteUntilAsync(client, attempts, stop.Token))).ToList();
        await Task.Delay(TimeSpan.FromSeconds(2));
        await postgres.StopAsync();
        await Task.Delay(Downtime / 2);
        using var readyWhileDown = await client.GetAsync("/health/ready");
        using var liveWhileDown = await client.GetAsync("/health/live");
        await Task.Delay(Downtime / 2);
        await postgres.StartAgainAsync();
        var recovery = Stopwatch.StartNew();
        await WaitUntilReadyAsync(client);
        var readyAfter = recovery.Elapsed;
        await Task.Delay(TimeSpan.FromSeconds(2));
        await stop.CancelAsync();
        await Task.WhenAll(writers);

        readyWhileDown.StatusCode.Should().Be(HttpStatusCode.ServiceUnavailable);
        liveWhileDown.StatusCode.Should().Be(HttpStatusCode.OK);
        readyAfter.Should().BeLessThan(TimeSpan.FromSeconds(10));
        attempts.Select(a => a.Status).Should().OnlyContain(s => s == 201 || s == 503);
        attempts.Where(a => a.Status == 503).Should().OnlyContain(a => a.RetryAfter && a.Problem);
        var acknowledged = attempts.Where(a => a.Status == 201).ToList();
        var refused = attempts.Where(a => a.Status == 503).ToList();
        acknowledged.Should().NotBeEmpty();
        refused.Should().NotBeEmpty("the restart happened while writers were writing");

        (await CountAsync(connectionString, acknowledged)).Should().Be(acknowledged.Count, "every acknowledged write is stored");
        foreach (var attempt in refused)
        {
            using var retry = await PostAsync(client, attempt);
            retry.StatusCode.Should().Be(HttpStatusCode.Created, "a retry with the same key succeeds once the database is back");
        }

        (await CountAsync(connectionString, attempts.ToList())).Should().Be(attempts.Count, "one row per request, none twice");
        TestContext.Out.WriteLine(
            $"Restart drill: {attempts.Count} writes, {acknowledged.Count} acknowledged, {refused.Count} refused with 503 " +
            $"(all retried to 201), ready again {readyAfter.TotalSeconds:0.0} s after PostgreSQL started");
    }

    private sealed record Attempt(string Key, JsonObject Body, int Status, bool RetryAfter, bool Problem)
    {
        public string Email => Body["email"]!.GetValue<string>();
    }

    private static async Task WriteUntilAsync(HttpClient client, ConcurrentBag<Attempt> attempts, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var attempt = new Attempt(Guid.NewGuid().ToString(), StudentBodies.New(), 0, false, false);
            using var response = await PostAsync(client, attempt);
            attempts.Add(attempt with
            {
                Status = (int)response.StatusCode,
                RetryAfter = response.Headers.RetryAfter is not null,
                Problem = response.Content.Headers.ContentType?.MediaType == "application/problem+json",
            });
            if (response.StatusCode == HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(200, CancellationToken.None);
            }
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Attempt attempt)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/students") { Content = JsonContent.Create(attempt.Body) };
        request.Headers.Add("Idempotency-Key", attempt.Key);
        return await client.SendAsync(request);
    }

    private static async Task WaitUntilReadyAsync(HttpClient client)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(30))
        {
            using var ready = await client.GetAsync("/health/ready");
            if (ready.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(100);
        }
    }

    private static async Task<long> CountAsync(string connectionString, IReadOnlyCollection<Attempt> attempts)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM students WHERE email = ANY($1)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = attempts.Select(a => a.Email).ToArray() });
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
