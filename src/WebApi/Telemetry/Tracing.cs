using System.Runtime.CompilerServices;
using CleanStudents.Infrastructure;
using Npgsql;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace CleanStudents.WebApi.Telemetry;

/// <summary>
/// OpenTelemetry traces of HTTP requests, SQL statements (Npgsql) and AWS calls, exported over OTLP (on Lambda to
/// the ADOT collector layer, which sends them to X-Ray). Off unless <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set:
/// then nothing of OpenTelemetry is loaded or started, which keeps cold starts and local runs as they were.
/// </summary>
internal static class Tracing
{
    public const string EndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";

    public static void AddApiTracing(this WebApplicationBuilder builder)
    {
        if (!string.IsNullOrWhiteSpace(builder.Configuration[EndpointSetting]))
        {
            AddTracer(builder.Services);
        }
    }

    // Its own method: OpenTelemetry's assemblies load only when this one runs.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddTracer(IServiceCollection services) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("cleanstudents-api"))
            .WithTracing(tracing => tracing
                // The adapter's readiness probe would be one trace per cold start and say nothing.
                .AddAspNetCoreInstrumentation(options => options.Filter = context => !context.Request.Path.StartsWithSegments("/health/live"))
                .AddHttpClientInstrumentation()
                .AddNpgsql()
                .AddSource(InfrastructureTelemetry.AwsSourceName)
                .AddOtlpExporter());
}
