namespace CleanStudents.Infrastructure.Metrics;

/// <summary>Section <c>Metrics</c>: the dimension every business metric carries.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "Metrics";

    /// <summary>The stage (dev, staging, prod); the alarms and the dashboard select by it.</summary>
    public string Stage { get; set; } = "local";
}
