using System.Collections.Concurrent;
using System.Diagnostics;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// Requests at a steady rate, and the time from each acknowledgement until the asynchronous work it queued shows (the
/// check reads the database every 100 ms): end-to-end latencies of the outbox, the queue and its consumers.
/// </summary>
internal sealed class SteadyRun<TKey>
    where TKey : notnull
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(100);
    private readonly ConcurrentDictionary<TKey, long> _acknowledged = new();
    private readonly Dictionary<TKey, long> _done = [];
    private readonly Stopwatch _clock = Stopwatch.StartNew();

    public int Acknowledged => _acknowledged.Count;

    public int Done => _done.Count;

    /// <summary>
    /// Starts <paramref name="request"/> every 1/rate s (each on its own, whatever the earlier ones are doing) while
    /// watching <paramref name="doneAmong"/>; then waits up to 30 s for the rest.
    /// </summary>
    public async Task RunAsync(int rate, TimeSpan duration, Func<int, Task<TKey>> request,
        Func<TKey[], Task<IEnumerable<TKey>>> doneAmong)
    {
        var requests = StartAllAsync(rate, duration, request);
        var deadline = TimeSpan.MaxValue;
        while (_clock.Elapsed < deadline)
        {
            if (requests.IsCompleted && deadline == TimeSpan.MaxValue)
            {
                await requests;
                deadline = _clock.Elapsed + TimeSpan.FromSeconds(30);
            }

            var waiting = _acknowledged.Keys.Where(k => !_done.ContainsKey(k)).ToArray();
            if (waiting.Length == 0 && requests.IsCompleted)
            {
                return;
            }

            var now = _clock.Elapsed.Ticks;
            foreach (var key in await doneAmong(waiting))
            {
                _done[key] = now;
            }

            await Task.Delay(PollEvery);
        }
    }

    /// <summary>The latency at percentile <paramref name="p"/>; work never seen done counts as endless.</summary>
    public TimeSpan Percentile(double p)
    {
        var sorted = _acknowledged.Select(a => _done.TryGetValue(a.Key, out var done) ? done - a.Value : long.MaxValue)
            .Order().ToList();
        return sorted.Count == 0 ? TimeSpan.Zero : TimeSpan.FromTicks(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)]);
    }

    private async Task StartAllAsync(int rate, TimeSpan duration, Func<int, Task<TKey>> request)
    {
        var inFlight = new List<Task>();
        var count = (int)(rate * duration.TotalSeconds);
        for (var i = 0; i < count; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate) - _clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            inFlight.Add(AcknowledgeAsync(request(i)));
        }

        await Task.WhenAll(inFlight);
    }

    private async Task AcknowledgeAsync(Task<TKey> request) => _acknowledged[await request] = _clock.Elapsed.Ticks;
}
