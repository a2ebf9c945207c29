using System.Diagnostics;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>
/// One client span per AWS operation (around its signed attempts, each an HTTP span of its own), named and tagged
/// as OpenTelemetry's semantic conventions name AWS SDK calls, so a trace says "cognito-idp AdminCreateUser", not
/// just "POST". Free when no listener is attached (tracing off).
/// </summary>
internal static class AwsTracing
{
    public const string SourceName = "CleanStudents.Aws";

    private static readonly ActivitySource Source = new(SourceName);

    public static Activity? Start(AwsService service, string operation)
    {
        var activity = Source.StartActivity($"{service.SigningName}.{operation}", ActivityKind.Client);
        activity?.SetTag("rpc.system", "aws-api");
        activity?.SetTag("rpc.service", service.SigningName);
        activity?.SetTag("rpc.method", operation);
        activity?.SetTag("cloud.region", service.Region);
        return activity;
    }
}
