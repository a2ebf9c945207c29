using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Lambda;

/// <summary>
/// The published executable, started as the Lambda Web Adapter starts it: its own process, the environment the
/// CloudFormation template sets (AWS_LWA_PORT, ASPNETCORE_URLS, Production), driven as the adapter drives it.
/// It is published as build/package.sh publishes it (the Lambda profile: the framework trimmed, ADR 0017), so the
/// paths below also show that trimming left what they reach.
/// </summary>
[NonParallelizable]
public sealed class PublishedAppTests
{
    [Test]
    public async Task The_published_app_serves_the_probe_the_api_and_events_with_the_request_id_in_its_logs()
    {
        var publishDir = Directory.CreateTempSubdirectory("cleanstudents-publish-").FullName;
        var connectionString = await TestDatabase.CreateAsync("published");
        try
        {
            await RunAsync("dotnet", ["publish", Path.Combine(TestStack.FindRepoRoot(), "src", "WebApi"), "-p:PublishProfile=Lambda", "-o", publishDir, "--nologo"], TimeSpan.FromMinutes(10));
            ShouldCarryTheRuntimeSettingsOfAdr0008(publishDir);
            var port = FreePort();
            var output = new StringBuilder();
            using var app = Start(Path.Combine(publishDir, "CleanStudents.WebApi"), port, connectionString,
                await TestQueue.CreateAsync("published"), output);
            try
            {
                using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
                await Eventually.HoldsAsync(async () => await IsLiveAsync(http), "the app answers /health/live on AWS_LWA_PORT");

                var requestId = Guid.NewGuid().ToString();
                using var migrate = AdapterRequests.PassThrough("""{"command":"migrate"}""", requestId);
                using var migrated = await http.SendAsync(migrate);
                await migrated.ShouldHaveStatusAsync(HttpStatusCode.OK);
                (await migrated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("migration").GetString().Should().NotBeNullOrEmpty();
                using (var expire = AdapterRequests.PassThrough("""{"command":"expire-idempotency-keys"}"""))
                using (var scheduled = await http.SendAsync(expire))
                {
                    await scheduled.ShouldHaveStatusAsync(HttpStatusCode.OK);
                    (await scheduled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("handled").ValueKind.Should().Be(JsonValueKind.Number);
                }

                http.DefaultRequestHeaders.Authorization = new("Bearer", Admin.AccessToken);
                var me = await http.GetFromJsonAsync<JsonElement>("/api/me");
                me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Contain("admin");
                foreach (var unreachable in new[] { "/openapi/v1.json", "/swagger/index.html" })
                {
                    using var document = await http.GetAsync(unreachable);
                    document.StatusCode.Should().Be(HttpStatusCode.NotFound, $"API Gateway never routes {unreachable} to the function, so it is not mapped there");
                }

                var student = StudentBodies.New();
                using (var created = await http.PostAsJsonAsync("/api/students", student))
                {
                    await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
                    // A get reads through a compiled query, which the trimmed framework must still serve.
                    var read = await http.GetFromJsonAsync<JsonElement>(created.Headers.Location);
                    read.GetProperty("email").GetString().Should().Be(student["email"]!.GetValue<string>());
                }

                await ShouldListAndRefuseAsync(http, student["lastName"]!.GetValue<string>());

                await Eventually.HoldsAsync(() => Task.FromResult(LogLines(output).Any(IsStudentsCreatedMetric)),
                    "creating a student writes an embedded-metric-format line CloudWatch turns into CleanStudents/StudentsCreated");

                await Eventually.HoldsAsync(() => Task.FromResult(LogLines(output).Any(l => l.Contains(requestId, StringComparison.Ordinal))),
                    "a JSON log line of the migrate request carries the Lambda request id");
                var line = LogLines(output).First(l => l.Contains(requestId, StringComparison.Ordinal));
                using var log = JsonDocument.Parse(line);
                log.RootElement.GetProperty("scopes").EnumerateArray()
                    .Any(s => s.TryGetProperty("AwsRequestId", out var id) && id.GetString() == requestId).Should().BeTrue();
                log.RootElement.GetProperty("level").GetString().Should().BeOneOf("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");
            }
            finally
            {
                app.Kill(entireProcessTree: true);
                await app.WaitForExitAsync();
            }
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
            Directory.Delete(publishDir, recursive: true);
        }
    }

    /// <summary>The function runs with these whatever the host: they are in the artifact, not in its environment.</summary>
    private static void ShouldCarryTheRuntimeSettingsOfAdr0008(string publishDir)
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(publishDir, "CleanStudents.WebApi.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.GetProperty("System.GC.Server").GetBoolean().Should().BeFalse();
        properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64().Should().Be(8 * 1024 * 1024);
        properties.GetProperty("System.GC.RegionSize").GetInt64().Should().Be(1024 * 1024);
        properties.GetProperty("System.Runtime.EnableWriteXorExecute").GetBoolean().Should().BeFalse();
        properties.GetProperty("System.Runtime.TieredCompilation.CallCountThreshold").GetInt32().Should().Be(5000);
    }

    private static Process Start(string executable, int port, string connectionString, TestQueue queue, StringBuilder output)
    {
        var info = new ProcessStartInfo(executable) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        var environment = new Dictionary<string, string>
        {
            ["AWS_LAMBDA_FUNCTION_NAME"] = "cleanstudents-test-api",
            ["AWS_LWA_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["AWS_LWA_READINESS_CHECK_PATH"] = "/health/live",
            ["AWS_LWA_PASS_THROUGH_PATH"] = "/events",
            ["AWS_LWA_ERROR_STATUS_CODES"] = "500-599",
            ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}",
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Database"] = connectionString,
            ["Cognito__UserPoolId"] = Stack.UserPoolId,
            ["Cognito__ClientIds__0"] = Stack.ClientId,
            ["Cognito__Issuer"] = Stack.CognitoIssuer,
            ["Cognito__JwksUrl"] = Stack.JwksUrl.ToString(),
            ["Cognito__ServiceUrl"] = Stack.CognitoEndpoint.ToString(),
            ["OriginVerify__Enabled"] = "false",
            // As on Lambda: the event source mapping and the scheduler invoke it, no poller or timer runs inside.
            ["Queue__Url"] = queue.Url,
            ["Queue__ServiceUrl"] = Stack.AwsEndpoint.ToString(),
            ["Queue__RunLocalWorkers"] = "false",
            ["Files__Bucket"] = TestBucket.CreateAsync(queue).GetAwaiter().GetResult().Name,
            ["Files__ServiceUrl"] = Stack.AwsEndpoint.ToString(),
        };
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    // Paging, search and the three ways input is refused, each of which reaches framework code that trimming could cut.
    private static async Task ShouldListAndRefuseAsync(HttpClient http, string lastName)
    {
        using (var page = await http.GetAsync($"/api/students?search={lastName}&sort=-lastName&pageSize=5"))
        {
            await page.ShouldHaveStatusAsync(HttpStatusCode.OK);
            (await page.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength().Should().Be(1);
        }

        using (var unparsable = await http.GetAsync("/api/students?pageSize=abc"))
        {
            (await unparsable.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(["pageSize"]);
        }

        using (var invalid = await http.PostAsJsonAsync("/api/students", new { firstName = "", lastName = "" }))
        {
            (await invalid.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().NotBeEmpty();
        }

        using var empty = await http.PostAsync("/api/students", new StringContent("", Encoding.UTF8, "application/json"));
        (await empty.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).GetProperty("detail").GetString().Should().StartWith("A JSON body is required");
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static bool IsStudentsCreatedMetric(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.TryGetProperty("_aws", out var aws)
            && aws.GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString() == "CleanStudents"
            && json.RootElement.TryGetProperty("StudentsCreated", out var count) && count.GetInt32() == 1;
    }

    private static List<string> LogLines(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString().Split('\n').Where(l => l.TrimStart().StartsWith('{')).ToList();
        }
    }

    private static async Task<bool> IsLiveAsync(HttpClient http)
    {
        try
        {
            using var response = await http.GetAsync("/health/live");
            return response.StatusCode == HttpStatusCode.OK;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    private static async Task RunAsync(string fileName, string[] arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cts.Token);
        process.ExitCode.Should().Be(0, $"{fileName} {string.Join(' ', arguments)} failed:\n{await stdout}\n{await stderr}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
