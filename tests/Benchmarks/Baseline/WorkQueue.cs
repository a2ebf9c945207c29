namespace CleanStudents.Benchmarks.Baseline;

/// <summary>The queue a create sends its message to.</summary>
internal sealed record WorkQueue(string Url);
