using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace CleanStudents.WebApi.Logging;

/// <summary>
/// One JSON object per line in the shape Lambda's log controls read: <c>timestamp</c> (RFC 3339, UTC) and
/// <c>level</c> with Lambda's names, so <c>ApplicationLogLevel</c> filters the app's lines; a line without
/// <c>level</c> counts as INFO and would survive every filter, or be dropped wholesale at WARN.
/// </summary>
internal sealed class LambdaJsonFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "lambda-json";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (logEntry.Exception is null && string.IsNullOrEmpty(message))
        {
            return;
        }

        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("timestamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteString("level", LambdaLevel(logEntry.LogLevel));
            json.WriteString("category", logEntry.Category);
            if (logEntry.EventId.Id != 0)
            {
                json.WriteNumber("eventId", logEntry.EventId.Id);
            }

            json.WriteString("message", message);
            if (logEntry.Exception is { } exception)
            {
                json.WriteString("exception", exception.ToString());
            }

            if (logEntry.State is IReadOnlyList<KeyValuePair<string, object?>> state)
            {
                WriteProperties(json, "state", state);
            }

            WriteScopes(json, scopeProvider);
            json.WriteEndObject();
        }

        textWriter.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        textWriter.Write('\n');
    }

    /// <summary>Lambda's level names (TRACE, DEBUG, INFO, WARN, ERROR, FATAL).</summary>
    public static string LambdaLevel(LogLevel level) => level switch
    {
        LogLevel.Trace => "TRACE",
        LogLevel.Debug => "DEBUG",
        LogLevel.Information => "INFO",
        LogLevel.Warning => "WARN",
        LogLevel.Error => "ERROR",
        LogLevel.Critical => "FATAL",
        _ => "INFO",
    };

    private static void WriteScopes(Utf8JsonWriter json, IExternalScopeProvider? scopeProvider)
    {
        if (scopeProvider is null)
        {
            return;
        }

        json.WriteStartArray("scopes");
        scopeProvider.ForEachScope(static (scope, writer) =>
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> properties)
            {
                WriteProperties(writer, null, properties);
            }
            else if (scope is not null)
            {
                writer.WriteStringValue(scope.ToString());
            }
        }, json);
        json.WriteEndArray();
    }

    private static void WriteProperties(Utf8JsonWriter json, string? name, IEnumerable<KeyValuePair<string, object?>> properties)
    {
        if (name is null)
        {
            json.WriteStartObject();
        }
        else
        {
            json.WriteStartObject(name);
        }

        foreach (var (key, value) in properties)
        {
            switch (value)
            {
                case null:
                    json.WriteNull(key);
                    break;
                case bool b:
                    json.WriteBoolean(key, b);
                    break;
                case int or long or short or byte or uint or ushort or sbyte:
                    json.WriteNumber(key, Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
                case double d when double.IsFinite(d):
                    json.WriteNumber(key, d);
                    break;
                case decimal m:
                    json.WriteNumber(key, m);
                    break;
                default:
                    json.WriteString(key, Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                    break;
            }
        }

        json.WriteEndObject();
    }
}
