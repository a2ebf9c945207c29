using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Trace;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net;
using System.Text.Json;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

/// <summary>
/// With an OTLP endpoint set, one request is one trace: the server span, and under it the SQL statements and the
/// AWS call (Cognito's AdminCreateUser, with its HTTP attempt) it made. An in-memory exporter stands in for OTLP.
/// </summary>
[NonParallelizable]
public sealed class TracingTests
{
    [Test]
    public async Task Creating_a_student_traces_its_http_and_sql_and_the_invitation_its_aws_call()
    {
        var spans = new List<Activity>();
        var connectionString = await TestDatabase.CreateAsync("tracing");
        await using (var host = new ApiHost(Stack, connectionString,
            new Dictionary<string, string?> { ["OTEL_EXPORTER_OTLP_ENDPOINT"] = "http://127.0.0.1:9" },
            services: services => services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddInMemoryExporter(spans))))
        {
            host.Start();
            using var admin = host.CreateHttpClient(Admin.AccessToken);

            using var response = await admin.PostAsJsonAsync("/api/students",
                StudentBodies.New(new { email = $"traced.{Guid.NewGuid():N}@accept.test" }));

            await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
            // The invitation goes out after the commit, from the queue's consumer: its Cognito call is a trace of its own.
            var id = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            await Eventually.HoldsAsync(async () =>
                (await admin.GetFromJsonAsync<JsonElement>($"/api/students/{id}")).GetProperty("invitation").GetString() == "sent",
                "the invitation was sent");
        }

        await TestDatabase.DropAsync(connectionString);
        var server = spans.Single(s => s.Kind == ActivityKind.Server && s.GetTagItem("url.path") as string == "/api/students"
            && s.GetTagItem("http.request.method") as string == "POST");
        var trace = spans.Where(s => s.TraceId == server.TraceId).ToList();
        trace.Should().Contain(s => s.Source.Name == "Npgsql" && s.Kind == ActivityKind.Client
            && s.GetTagItem("db.system.name") as string == "postgresql" && (s.GetTagItem("db.query.text") as string ?? string.Empty).Contains("INSERT INTO students"),
            "the INSERT is a span of the request's trace");
        // Listeners are process-wide: other hosts' invitations may be among the spans too.
        var aws = spans.Where(s => s.Source.Name == "CleanStudents.Aws" && s.DisplayName == "cognito-idp.AdminCreateUser").ToList();
        aws.Should().NotBeEmpty().And.OnlyContain(s => s.GetTagItem("rpc.system") as string == "aws-api"
            && s.GetTagItem("rpc.method") as string == "AdminCreateUser");
        spans.Should().Contain(s => s.Source.Name == "System.Net.Http" && aws.Any(a => a.SpanId == s.ParentSpanId),
            "each signed attempt is an HTTP span under it");
        spans.Should().NotContain(s => s.GetTagItem("url.path") as string == "/health/live");
    }

    [Test]
    public async Task Without_an_endpoint_no_tracer_runs()
    {
        var connectionString = await TestDatabase.CreateAsync("untraced");
        await using (var host = new ApiHost(Stack, connectionString))
        {
            host.Start();

            host.Services.GetService<TracerProvider>().Should().BeNull("tracing is off unless OTEL_EXPORTER_OTLP_ENDPOINT is set");
        }

        await TestDatabase.DropAsync(connectionString);
    }
}
