using System.Buffers;
using System.Text;
using System.Text.Json;
using CleanStudents.Application.Common.Metrics;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Metrics;

/// <summary>
/// Business metrics as CloudWatch embedded metric format: one JSON object per line on stdout, which CloudWatch
/// Logs turns into the metric <c>CleanStudents/&lt;name&gt;</c> with the dimension <c>Stage</c>, no API call and
/// nothing to flush before Lambda freezes the container.
/// </summary>
internal sealed class EmbeddedMetricFormat(IOptions<MetricsOptions> options, TimeProvider clock, TextWriter output) : IBusinessMetrics
{
    public const string Namespace = "CleanStudents";

    public void Count(BusinessMetric metric, int count = 1)
    {
        var name = metric.ToString();
        var buffer = new ArrayBufferWriter<byte>(320);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartObject("_aws");
            json.WriteNumber("Timestamp", clock.GetUtcNow().ToUnixTimeMilliseconds());
            json.WriteStartArray("CloudWatchMetrics");
            json.WriteStartObject();
            json.WriteString("Namespace", Namespace);
            json.WriteStartArray("Dimensions");
            json.WriteStartArray();
            json.WriteStringValue("Stage");
            json.WriteEndArray();
            json.WriteEndArray();
            json.WriteStartArray("Metrics");
            json.WriteStartObject();
            json.WriteString("Name", name);
            json.WriteString("Unit", "Count");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteString("Stage", options.Value.Stage);
            json.WriteNumber(name, count);
            json.WriteEndObject();
        }

        // One write per line: lines from concurrent requests never interleave.
        output.Write(Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n");
    }
}
