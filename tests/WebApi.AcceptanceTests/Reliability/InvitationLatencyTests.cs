using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>
/// Creates at a steady rate and the time from each 201 to <c>invitation: "sent"</c> (outbox → queue → poller →
/// cognito-local → link). CI size by default; build/load.sh runs 20 creates/s for 60 s (INVITE_RATE, INVITE_SECONDS).
/// </summary>
public sealed class InvitationLatencyTests
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);

    [Test]
    public async Task At_a_steady_create_rate_every_invitation_is_sent_within_five_seconds_at_p95()
    {
        var rate = LoadRun.Setting("INVITE_RATE", 10);
        var duration = TimeSpan.FromSeconds(LoadRun.Setting("INVITE_SECONDS", 5));
        var host = await OwnHost.StartAsync("invitation_latency", new Dictionary<string, string?>
        {
            ["RateLimiting:TokenLimit"] = "1000000",
            ["RateLimiting:TokensPerPeriod"] = "1000000",
        });
        try
        {
            using var admin = host.CreateHttpClient(Admin.AccessToken);
            var acknowledged = new ConcurrentDictionary<Guid, long>();
            var clock = Stopwatch.StartNew();

            var creates = SteadyCreatesAsync(admin, rate, duration, acknowledged, clock);
            var sent = await WatchSentAsync(host.ConnectionString, acknowledged, creates, clock);

            var latencies = acknowledged.Select(a => TimeSpan.FromTicks(sent.GetValueOrDefault(a.Key, long.MaxValue) - a.Value))
                .Order().ToList();
            var p50 = Percentile(latencies, 0.50);
            var p95 = Percentile(latencies, 0.95);
            TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"Invitations ({rate} creates/s for {duration.TotalSeconds:0} s): {acknowledged.Count} created, {sent.Count} sent, " +
                $"create -> sent p50 {p50.TotalMilliseconds:0} ms, p95 {p95.TotalMilliseconds:0} ms, max {latencies[^1].TotalMilliseconds:0} ms"));
            sent.Count.Should().Be(acknowledged.Count, "every acknowledged create gets its invitation");
            p95.Should().BeLessThan(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }

    /// <summary>One create every 1/rate s, each on its own, whatever the ones before are doing.</summary>
    private static async Task SteadyCreatesAsync(HttpClient admin, int rate, TimeSpan duration,
        ConcurrentDictionary<Guid, long> acknowledged, Stopwatch clock)
    {
        var inFlight = new List<Task>();
        var count = (int)(rate * duration.TotalSeconds);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            inFlight.Add(CreateAsync(admin, acknowledged, clock));
        }

        await Task.WhenAll(inFlight);
    }

    private static async Task CreateAsync(HttpClient admin, ConcurrentDictionary<Guid, long> acknowledged, Stopwatch clock)
    {
        using var response = await admin.PostAsJsonAsync("/api/students", StudentBodies.New());
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        acknowledged[id] = clock.Elapsed.Ticks;
    }

    /// <summary>When each acknowledged student was first seen sent (reading the database every 100 ms).</summary>
    private static async Task<Dictionary<Guid, long>> WatchSentAsync(string connectionString,
        ConcurrentDictionary<Guid, long> acknowledged, Task creates, Stopwatch clock)
    {
        var sent = new Dictionary<Guid, long>();
        var deadline = TimeSpan.MaxValue;
        while (clock.Elapsed < deadline)
        {
            if (creates.IsCompleted && deadline == TimeSpan.MaxValue)
            {
                await creates;
                deadline = clock.Elapsed + TimeSpan.FromSeconds(30);
            }

            var waiting = acknowledged.Keys.Where(id => !sent.ContainsKey(id)).ToArray();
            if (waiting.Length == 0 && creates.IsCompleted)
            {
                break;
            }

            var now = clock.Elapsed.Ticks;
            foreach (var id in await SentAmongAsync(connectionString, waiting))
            {
                sent[id] = now;
            }

            await Task.Delay(PollEvery);
        }

        return sent;
    }

    private static async Task<List<Guid>> SentAmongAsync(string connectionString, Guid[] ids)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand("SELECT id FROM students WHERE invitation = 'Sent' AND id = ANY($1)", connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<Guid>();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetGuid(0));
        }

        return found;
    }

    private static TimeSpan Percentile(List<TimeSpan> sorted, double p) =>
        sorted.Count == 0 ? TimeSpan.Zero : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
}
