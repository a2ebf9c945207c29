using Microsoft.Extensions.Logging.Console;

namespace CleanStudents.WebApi.Logging;

internal static class JsonLogging
{
    /// <summary>
    /// One JSON object per line on stdout, as CloudWatch Logs ingests it: UTC timestamp, level,
    /// message, and the request's scope (trace id, path, user sub, use case, elapsed ms).
    /// </summary>
    public static void AddJsonStdout(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddJsonConsole(options =>
        {
            options.IncludeScopes = true;
            options.UseUtcTimestamp = true;
            options.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
        });
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.None);
    }
}
