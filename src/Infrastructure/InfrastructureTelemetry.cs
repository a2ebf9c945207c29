using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure;

/// <summary>The names of the activity sources Infrastructure starts spans on, for the host's tracer to listen to.</summary>
public static class InfrastructureTelemetry
{
    public const string AwsSourceName = AwsTracing.SourceName;
}
