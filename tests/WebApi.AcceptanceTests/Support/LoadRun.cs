using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// A bounded load run on loopback: clients loop over a mix of reads and writes (creates with an
/// Idempotency-Key) until the time is up. Sizes come from the environment so build/load.sh and
/// build/scaleout.sh run the full-size versions of the CI-sized tests.
/// </summary>
internal sealed class LoadRun
{
    private readonly ConcurrentBag<(int Status, double Milliseconds)> _samples = [];

    public ConcurrentBag<Guid> AcknowledgedIds { get; } = [];

    public IReadOnlyCollection<(int Status, double Milliseconds)> Samples => _samples;

    public static int Setting(string name, int ciDefault) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var value) ? value : ciDefault;

    /// <summary>Runs <paramref name="clients"/> loops, client i talking to host i mod hosts; one write in five.</summary>
    public async Task RunAsync(IReadOnlyList<HttpClient> hosts, int clients, TimeSpan duration)
    {
        using var stop = new CancellationTokenSource(duration);
        await Task.WhenAll(Enumerable.Range(0, clients).Select(i => Task.Run(() => ClientAsync(hosts[i % hosts.Count], i, stop.Token))));
    }

    private async Task ClientAsync(HttpClient client, int seed, CancellationToken stop)
    {
        var random = new Random(seed);
        while (!stop.IsCancellationRequested)
        {
            var watch = Stopwatch.StartNew();
            if (random.Next(5) == 0)
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, "/api/students") { Content = JsonContent.Create(StudentBodies.New()) };
                request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
                using var response = await client.SendAsync(request, CancellationToken.None);
                _samples.Add(((int)response.StatusCode, watch.Elapsed.TotalMilliseconds));
                if (response.IsSuccessStatusCode)
                {
                    AcknowledgedIds.Add((await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None)).GetProperty("id").GetGuid());
                }
            }
            else
            {
                var path = random.Next(2) == 0 ? "/api/students?pageSize=20&sort=-enrolledOn" : "/api/me";
                using var response = await client.GetAsync(path, CancellationToken.None);
                _samples.Add(((int)response.StatusCode, watch.Elapsed.TotalMilliseconds));
            }
        }
    }

    public double Percentile(double p)
    {
        var sorted = _samples.Select(s => s.Milliseconds).Order().ToArray();
        return sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
    }

    public string Summary(TimeSpan duration) => string.Create(CultureInfo.InvariantCulture,
        $"{_samples.Count} requests in {duration.TotalSeconds:0} s ({_samples.Count / duration.TotalSeconds:0} req/s), " +
        $"{AcknowledgedIds.Count} writes acknowledged, statuses {string.Join(", ", _samples.GroupBy(s => s.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"))}, " +
        $"p50 {Percentile(0.50):0.0} ms, p99 {Percentile(0.99):0.0} ms");
}
