using System.Text.Json;
using CleanStudents.WebApi.Logging;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

/// <summary>Log lines carry the fields Lambda's log controls filter on (ApplicationLogLevel reads "level").</summary>
public sealed class LambdaLogFormatTests
{
    [TestCase(LogLevel.Trace, "TRACE")]
    [TestCase(LogLevel.Debug, "DEBUG")]
    [TestCase(LogLevel.Information, "INFO")]
    [TestCase(LogLevel.Warning, "WARN")]
    [TestCase(LogLevel.Error, "ERROR")]
    [TestCase(LogLevel.Critical, "FATAL")]
    public void Each_level_is_written_with_the_name_Lambda_filters_on(LogLevel level, string lambdaLevel)
    {
        using var line = Format(level, "Created student {StudentId}", [new("StudentId", 42), new("{OriginalFormat}", "Created student {StudentId}")]);

        line.RootElement.GetProperty("level").GetString().Should().Be(lambdaLevel);
    }

    [Test]
    public void A_line_has_an_rfc3339_utc_timestamp_the_message_its_properties_and_the_scopes()
    {
        var scopes = new LoggerExternalScopeProvider();
        using var scope = scopes.Push(new Dictionary<string, object?> { ["AwsRequestId"] = "req-1" });

        using var line = Format(LogLevel.Warning, "Slow use case 612 ms", [new("ElapsedMilliseconds", 612L)], scopes, new InvalidOperationException("boom"));

        var root = line.RootElement;
        DateTimeOffset.Parse(root.GetProperty("timestamp").GetString()!, System.Globalization.CultureInfo.InvariantCulture).Offset.Should().Be(TimeSpan.Zero);
        root.GetProperty("timestamp").GetString().Should().EndWith("Z");
        root.GetProperty("message").GetString().Should().Be("Slow use case 612 ms");
        root.GetProperty("category").GetString().Should().Be("Tests");
        root.GetProperty("exception").GetString().Should().Contain("boom");
        root.GetProperty("state").GetProperty("ElapsedMilliseconds").GetInt64().Should().Be(612);
        root.GetProperty("scopes")[0].GetProperty("AwsRequestId").GetString().Should().Be("req-1");
    }

    private static JsonDocument Format(LogLevel level, string message, KeyValuePair<string, object?>[] state,
        IExternalScopeProvider? scopes = null, Exception? exception = null)
    {
        using var output = new StringWriter();
        var entry = new LogEntry<IReadOnlyList<KeyValuePair<string, object?>>>(level, "Tests", new EventId(7), state, exception, (_, _) => message);
        new LambdaJsonFormatter().Write(entry, scopes, output);

        var text = output.ToString();
        text.Should().EndWith("\n").And.Subject.TrimEnd('\n').Should().NotContain("\n", "one object per line");
        return JsonDocument.Parse(text);
    }
}
