using System.Text.Json;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Infrastructure.Metrics;
using Microsoft.Extensions.Options;
using CleanStudents.Infrastructure.IntegrationTests.Aws.Support;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>A business metric is one line CloudWatch's embedded metric format specification accepts.</summary>
public sealed class EmbeddedMetricFormatTests
{
    [Test]
    public void A_count_is_one_line_with_the_namespace_the_stage_dimension_and_the_value()
    {
        using var output = new StringWriter();
        var clock = new ManualTimeProvider();
        var metrics = new EmbeddedMetricFormat(Options.Create(new MetricsOptions { Stage = "dev" }), clock, output);

        metrics.Count(BusinessMetric.InvitationsFailed);

        var text = output.ToString();
        text.Should().EndWith("\n").And.Subject.TrimEnd('\n').Should().NotContain("\n");
        using var line = JsonDocument.Parse(text);
        var aws = line.RootElement.GetProperty("_aws");
        aws.GetProperty("Timestamp").GetInt64().Should().Be(clock.GetUtcNow().ToUnixTimeMilliseconds());
        var directive = aws.GetProperty("CloudWatchMetrics")[0];
        directive.GetProperty("Namespace").GetString().Should().Be("CleanStudents");
        directive.GetProperty("Dimensions")[0].EnumerateArray().Select(d => d.GetString()).Should().Equal("Stage");
        directive.GetProperty("Metrics")[0].GetProperty("Name").GetString().Should().Be("InvitationsFailed");
        directive.GetProperty("Metrics")[0].GetProperty("Unit").GetString().Should().Be("Count");
        line.RootElement.GetProperty("Stage").GetString().Should().Be("dev");
        line.RootElement.GetProperty("InvitationsFailed").GetInt32().Should().Be(1);
    }
}
