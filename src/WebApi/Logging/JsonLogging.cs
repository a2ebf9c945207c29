using Microsoft.Extensions.Logging.Console;

namespace CleanStudents.WebApi.Logging;

internal static class JsonLogging
{
    /// <summary>
    /// One JSON object per line on stdout, as CloudWatch Logs ingests it and Lambda's log-level filter
    /// reads it (<see cref="LambdaJsonFormatter"/>): UTC timestamp, level, message, and the request's
    /// scope (trace id, path, user sub, use case, elapsed ms).
    /// </summary>
    public static void AddJsonStdout(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddConsole(options => options.FormatterName = LambdaJsonFormatter.FormatterName);
        logging.AddConsoleFormatter<LambdaJsonFormatter, ConsoleFormatterOptions>();
        logging.Configure(options => options.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId);
        logging.Services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.None);
    }
}
