using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Messaging;

/// <summary>
/// The outbox, the work queue on moto's server and its consumers, for real: the local poller, the Lambda event
/// source mapping's batches on POST /events, duplicates, poison messages and the sweep (docs/adr/0206).
/// </summary>
public sealed class QueueTests
{
    [Test]
    public async Task A_duplicate_delivery_changes_nothing()
    {
        var id = await InvitedStudentAsync();
        var before = await VersionOfAsync(id);

        await SendAsync(Host.Queue.Url, InvitationBody(id));
        await SendAsync(Host.Queue.Url, InvitationBody(id));

        await Eventually.HoldsAsync(async () => await TestQueue.DepthAsync(Host.Queue.Url) == 0, "the poller took both duplicates");
        (await VersionOfAsync(id)).Should().Be(before, "a duplicate must not even touch the row");
    }

    [Test]
    public async Task An_SQS_batch_on_events_reports_only_the_records_that_failed()
    {
        var id = await InvitedStudentAsync();
        var before = await VersionOfAsync(id);
        var batch = new JsonObject
        {
            ["Records"] = new JsonArray(AdapterRequests.SqsRecord("duplicate", InvitationBody(id), 1), AdapterRequests.SqsRecord("poison", "not a message", 1)),
        };

        using var response = await PostEventAsync(batch);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        answer.GetProperty("batchItemFailures").EnumerateArray().Select(f => f.GetProperty("itemIdentifier").GetString())
            .Should().Equal("poison");
        (await VersionOfAsync(id)).Should().Be(before);
    }

    [Test]
    public async Task A_poison_message_lands_in_the_dead_letter_queue_after_three_receives()
    {
        var body = $"poison-{Guid.NewGuid():N}";

        await SendAsync(Host.Queue.Url, body);

        await Eventually.HoldsAsync(async () => await ReceiveBodiesAsync(Host.Queue.DeadLetterUrl) is var bodies && bodies.Contains(body),
            "the poison message was dead-lettered", timeoutSeconds: 45);
    }

    [Test]
    public async Task The_sweep_sends_what_a_crash_between_commit_and_send_left_in_the_outbox()
    {
        var connectionString = await TestDatabase.CreateAsync("outbox_sweep");
        var settings = new Dictionary<string, string?> { ["Queue:SweepAfterSeconds"] = "0", ["Queue:SendWaitSeconds"] = "1" };
        Guid id;
        // A host whose sends never arrive stands for one killed right after its commit.
        var missing = new TestQueue($"{Stack.AwsEndpoint.ToString().TrimEnd('/')}/123456789012/missing-{Guid.NewGuid():N}", string.Empty);
        await using (var crashed = new ApiHost(Stack, connectionString, settings, missing))
        {
            crashed.Start();
            using var admin = crashed.CreateHttpClient(Admin.AccessToken);
            using var created = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { email = UniqueEmail("swept") }));
            await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
            id = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        }

        (await Sql.ScalarAsync(connectionString, "SELECT count(*) FROM outbox_messages")).Should().Be(1L, "the commit kept the message");
        await using var restarted = new ApiHost(Stack, connectionString, settings);
        restarted.Start();
        using var client = restarted.CreateHttpClient();
        using var request = AdapterRequests.PassThrough("""{"command":"outbox-sweep"}""");
        using var swept = await client.SendAsync(request);

        await swept.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await swept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("handled").GetInt32().Should().Be(1);
        using var admin2 = restarted.CreateHttpClient(Admin.AccessToken);
        (await WaitForInvitationAsync(admin2, $"/api/students/{id}", "sent")).GetProperty("userId").GetString().Should().NotBeNullOrEmpty();
        (await Sql.ScalarAsync(connectionString, "SELECT count(*) FROM outbox_messages")).Should().Be(0L);
        await TestDatabase.DropAsync(connectionString);
    }

    [Test]
    public async Task An_app_stopped_in_the_middle_of_a_batch_loses_nothing_and_invites_nobody_twice()
    {
        var connectionString = await TestDatabase.CreateAsync("stopped_mid_batch");
        var queue = await TestQueue.CreateAsync("stopped-mid-batch");
        var emails = Enumerable.Range(0, 8).Select(i => UniqueEmail($"midbatch{i}")).ToList();
        await using var directory = await SwitchableProxy.StartAsync(Stack.CognitoEndpoint, blackholes: true);
        var ids = new List<Guid>();
        await using (var stopped = new ApiHost(Stack, connectionString, new Dictionary<string, string?>
        {
            ["Cognito:ServiceUrl"] = directory.Url.ToString(),
            ["Aws:MaxRetries"] = "0",
            ["Aws:TimeoutSeconds"] = "60",
        }, queue))
        {
            stopped.Start();
            using var admin = stopped.CreateHttpClient(Admin.AccessToken);
            foreach (var email in emails)
            {
                using var created = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { email }));
                await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
                ids.Add((await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid());
            }

            // The batch is received and its consumers hang on the directory when the app goes away.
            await Eventually.HoldsAsync(() => Task.FromResult(directory.Refused > 0), "a consumer is waiting on the directory");
        }

        directory.IsUp = true;
        var restarted = new ApiHost(Stack, connectionString, new Dictionary<string, string?> { ["Queue:SweepAfterSeconds"] = "0" }, queue);
        try
        {
            restarted.Start();
            using var client = restarted.CreateHttpClient(Admin.AccessToken);
            foreach (var id in ids)
            {
                (await WaitForInvitationAsync(client, $"/api/students/{id}", "sent")).GetProperty("userId").GetString()
                    .Should().NotBeNullOrEmpty();
            }

            // A row whose send the stop interrupted after the queue took it (its delete never ran) is sent
            // again by the sweep, as the schedule would; its duplicate delivery must invite nobody twice.
            using (var sweep = AdapterRequests.PassThrough("""{"command":"outbox-sweep"}"""))
            using (var swept = await restarted.CreateHttpClient().SendAsync(sweep))
            {
                await swept.ShouldHaveStatusAsync(HttpStatusCode.OK);
            }

            foreach (var email in emails)
            {
                using var users = await Cognito.CallAsync("ListUsers", new { UserPoolId = Stack.UserPoolId, Filter = $"email = \"{email}\"" });
                users.RootElement.GetProperty("Users").GetArrayLength().Should().Be(1, $"{email} is invited once");
            }

            (await Sql.ScalarAsync(connectionString, "SELECT count(*) FROM outbox_messages")).Should().Be(0L);
            (await TestQueue.DepthAsync(queue.DeadLetterUrl)).Should().Be(0);
        }
        finally
        {
            await restarted.DisposeAsync();
        }

        await TestDatabase.DropAsync(connectionString);
    }

    [Test]
    public async Task A_refused_create_leaves_nothing_in_the_outbox()
    {
        var email = UniqueEmail("twice");
        await CreateStudentAsync(new { email });
        var before = await ScalarAsync("SELECT count(*) FROM outbox_messages");
        using var admin = As(Admin);

        using var duplicate = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { email }));

        await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ScalarAsync("SELECT count(*) FROM outbox_messages")).Should().BeOneOf(before, 0L);
    }

    [Test]
    public async Task The_scheduled_expiry_command_deletes_expired_idempotency_keys()
    {
        var key = Guid.NewGuid().ToString();
        await ScalarAsync("INSERT INTO idempotency_keys (caller, key, request_hash, created_at, status_code, body) VALUES ('expiry-test', $1, ''::bytea, now() - interval '25 hours', 201, ''::bytea)", key);

        using var response = await PostEventAsync(new JsonObject { ["command"] = "expire-idempotency-keys" });

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("handled").GetInt32().Should().BeGreaterThanOrEqualTo(1);
        (await ScalarAsync("SELECT count(*) FROM idempotency_keys WHERE key = $1", key)).Should().Be(0L);
    }

    private static async Task<Guid> InvitedStudentAsync()
    {
        var id = (await CreateStudentAsync(new { email = UniqueEmail("queued") })).GetProperty("id").GetGuid();
        await WaitForInvitationAsync($"/api/students/{id}", "sent");
        return id;
    }

    private static async Task<uint> VersionOfAsync(Guid studentId) =>
        (uint)(await ScalarAsync("SELECT xmin FROM students WHERE id = $1", studentId))!;

    private static string InvitationBody(Guid studentId) =>
        new JsonObject { ["type"] = "invitation", ["kind"] = "Student", ["recordId"] = studentId }.ToJsonString();

    private static async Task SendAsync(string queueUrl, string body)
    {
        using var sqs = await TestQueue.ClientAsync();
        await sqs.SendMessageAsync(queueUrl, body);
    }

    private static async Task<List<string>> ReceiveBodiesAsync(string queueUrl)
    {
        using var sqs = await TestQueue.ClientAsync();
        var received = await sqs.ReceiveMessageAsync(new Amazon.SQS.Model.ReceiveMessageRequest(queueUrl)
        {
            MaxNumberOfMessages = 10,
            VisibilityTimeout = 0,
        });
        return (received.Messages ?? []).Select(m => m.Body).ToList();
    }

    private static async Task<HttpResponseMessage> PostEventAsync(JsonObject @event)
    {
        using var client = Anonymous();
        using var request = AdapterRequests.PassThrough(@event.ToJsonString());
        return await client.SendAsync(request);
    }
}
