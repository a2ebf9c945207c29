using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Errors;
using CleanStudents.WebApi.AcceptanceTests.Security;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Lambda;

/// <summary>
/// The published executable (<see cref="PublishedApp"/>), published as build/package.sh publishes it: the Lambda
/// profile, with the framework and the libraries trimmed (ADR 0017). What the checks below reach, trimming left.
/// </summary>
[NonParallelizable]
public sealed class PublishedAppTests
{
    private string _publishDir = null!;

    private string Executable => Path.Combine(_publishDir, "CleanStudents.WebApi");

    [OneTimeSetUp]
    public async Task PublishAsync()
    {
        _publishDir = Directory.CreateTempSubdirectory("cleanstudents-publish-").FullName;
        await RunAsync("dotnet", ["publish", Path.Combine(TestStack.FindRepoRoot(), "src", "WebApi"), "-p:PublishProfile=Lambda", "-o", _publishDir, "--nologo"], TimeSpan.FromMinutes(10));
    }

    [OneTimeTearDown]
    public void DeletePublished() => Directory.Delete(_publishDir, recursive: true);

    [Test]
    public async Task The_published_app_serves_the_probe_the_api_and_events_with_the_request_id_in_its_logs()
    {
        var connectionString = await TestDatabase.CreateAsync("published");
        try
        {
            var queue = await TestQueue.CreateAsync("published");
            await using var app = await PublishedApp.StartAsync(Executable, connectionString, queue);
            using var http = app.CreateClient();

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
                await ShouldInviteFromTheQueuesBatchAsync(http, queue, created.Headers.Location!);
            }

            await ShouldListAndRefuseAsync(http, student["lastName"]!.GetValue<string>());

            await Eventually.HoldsAsync(() => Task.FromResult(app.LogLines().Any(IsStudentsCreatedMetric)),
                "creating a student writes an embedded-metric-format line CloudWatch turns into CleanStudents/StudentsCreated");

            await Eventually.HoldsAsync(() => Task.FromResult(app.LogLines().Any(l => l.Contains(requestId, StringComparison.Ordinal))),
                "a JSON log line of the migrate request carries the Lambda request id");
            var line = app.LogLines().First(l => l.Contains(requestId, StringComparison.Ordinal));
            using var log = JsonDocument.Parse(line);
            log.RootElement.GetProperty("scopes").EnumerateArray()
                .Any(s => s.TryGetProperty("AwsRequestId", out var id) && id.GetString() == requestId).Should().BeTrue();
            log.RootElement.GetProperty("level").GetString().Should().BeOneOf("TRACE", "DEBUG", "INFO", "WARN", "ERROR", "FATAL");
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    /// <summary>
    /// The authorization matrix and the bad-request property of the in-process tests, sent to the artifact on the
    /// shared database: every route's allowed callers get past it without a 5xx, and broken input is refused there
    /// as it is here — the paths the trimmer could have cut, all of them reached.
    /// </summary>
    [Test]
    public async Task The_published_app_answers_every_route_as_the_table_says_and_broken_requests_with_problems()
    {
        await using var app = await PublishedApp.StartAsync(Executable, Host.ConnectionString, await TestQueue.CreateAsync("published-shared"),
            new Dictionary<string, string> { ["RateLimiting__TokenLimit"] = "1000000", ["RateLimiting__TokensPerPeriod"] = "1000000" });
        var routes = await RouteWorld.PresentRoutesAsync();

        (await AuthorizationMatrixTests.MismatchesAsync(routes, app.CreateClient)).Should().BeEmpty();

        using var admin = app.CreateClient(Admin);
        await BadRequestFuzzTests.ShouldAnswerWithProblemsAndChangeNothingAsync(admin);
    }

    /// <summary>The function runs with these whatever the host: they are in the artifact, not in its environment.</summary>
    [Test]
    public void The_artifact_carries_the_runtime_settings_of_ADR_0008()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(_publishDir, "CleanStudents.WebApi.runtimeconfig.json")));
        var properties = config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");
        properties.GetProperty("System.GC.Server").GetBoolean().Should().BeFalse();
        properties.GetProperty("System.GC.Gen0MaxBudget").GetInt64().Should().Be(8 * 1024 * 1024);
        properties.GetProperty("System.GC.RegionSize").GetInt64().Should().Be(1024 * 1024);
        properties.GetProperty("System.Runtime.EnableWriteXorExecute").GetBoolean().Should().BeFalse();
        properties.GetProperty("System.Runtime.TieredCompilation.CallCountThreshold").GetInt32().Should().Be(5000);
    }

    /// <summary>
    /// On Lambda the event source mapping hands the queue's messages to POST /events in a batch: here the test does,
    /// and the invitation (the Cognito client, its signing, the consumer's queries) completes.
    /// </summary>
    private static async Task ShouldInviteFromTheQueuesBatchAsync(HttpClient http, TestQueue queue, Uri student)
    {
        using var sqs = await TestQueue.ClientAsync();
        var received = await sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest(queue.Url) { MaxNumberOfMessages = 10, WaitTimeSeconds = 5 });
        received.Messages.Should().NotBeNullOrEmpty("the create queued the invitation once it had committed");
        var batch = new JsonObject
        {
            ["Records"] = new JsonArray([.. received.Messages.Select(m => (JsonNode)AdapterRequests.SqsRecord(m.MessageId, m.Body, receiveCount: 1))]),
        };

        using var request = AdapterRequests.PassThrough(batch.ToJsonString());
        using var response = await http.SendAsync(request);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("batchItemFailures").GetArrayLength().Should().Be(0);
        await WaitForInvitationAsync(http, student.ToString(), "sent");
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

    private static bool IsStudentsCreatedMetric(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.TryGetProperty("_aws", out var aws)
            && aws.GetProperty("CloudWatchMetrics")[0].GetProperty("Namespace").GetString() == "CleanStudents"
            && json.RootElement.TryGetProperty("StudentsCreated", out var count) && count.GetInt32() == 1;
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
}
