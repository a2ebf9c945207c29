using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Invitations;

/// <summary>
/// Creating a person answers at once with a pending invitation; the invitation into cognito-local happens after the
/// commit, through the outbox, the queue and the invitation consumer (docs/adr/0206).
/// </summary>
public sealed class InvitationTests
{
    [Test]
    public async Task A_created_student_is_pending_at_once_then_invited_and_can_set_a_password_and_sign_in()
    {
        var email = UniqueEmail("invited");
        using var admin = As(Admin);
        var student = await CreateAsync(admin, email);
        student.GetProperty("userId").ValueKind.Should().Be(JsonValueKind.Null);
        var id = student.GetProperty("id").GetGuid();

        var invited = await WaitForInvitationAsync($"/api/students/{id}", "sent");

        var userId = invited.GetProperty("userId").GetString();
        userId.Should().NotBeNullOrEmpty();
        (await Cognito.CallAsync("AdminSetUserPassword",
            new { UserPoolId = Stack.UserPoolId, Username = email, Password, Permanent = true })).Dispose();
        using var client = Host.CreateHttpClient(await Cognito.GetAccessTokenAsync(email, Password));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("userId").GetString().Should().Be(userId);
        me.GetProperty("studentId").GetGuid().Should().Be(id);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("student");
    }

    [Test]
    public async Task Inviting_an_existing_user_links_the_same_user()
    {
        var persona = await SignUpAsync("existing");

        var student = await CreateStudentAsync(new { email = persona.Email });

        student.GetProperty("invitation").GetString().Should().Be("sent");
        student.GetProperty("userId").GetString().Should().Be(persona.Sub);
    }

    [Test]
    public async Task With_the_directory_blackholed_a_create_is_as_fast_and_the_invitation_completes_once_it_is_back()
    {
        await using var directory = await SwitchableProxy.StartAsync(Stack.CognitoEndpoint, blackholes: true);
        directory.IsUp = true;
        var host = await OwnHost.StartAsync("invitations_blackholed", new Dictionary<string, string?>
        {
            ["Cognito:ServiceUrl"] = directory.Url.ToString(),
            ["Aws:MaxRetries"] = "0",
            ["Aws:TimeoutSeconds"] = "1",
        });
        try
        {
            using var admin = host.CreateHttpClient(Admin.AccessToken);
            var whileUp = await TimeCreatesAsync(admin, 5);
            directory.IsUp = false;

            var whileDown = await TimeCreatesAsync(admin, 5);

            // Were the directory still called in the request, each create would wait for its 1 s timeout.
            whileDown.Times.Max().Should().BeLessThan(TimeSpan.FromMilliseconds(900));
            Median(whileDown.Times).Should().BeLessThan(Median(whileUp.Times) * 2 + TimeSpan.FromMilliseconds(50));
            await Eventually.HoldsAsync(() => Task.FromResult(directory.Refused > 0), "a delivery met the blackholed directory");
            directory.IsUp = true;
            foreach (var id in whileDown.Ids)
            {
                var invited = await WaitForInvitationAsync(admin, $"/api/students/{id}", "sent");
                invited.GetProperty("userId").GetString().Should().NotBeNullOrEmpty();
            }
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }

    [Test]
    public async Task An_invitation_that_fails_on_every_delivery_is_failed_and_an_admin_can_queue_it_again()
    {
        await using var directory = await SwitchableProxy.StartAsync(Stack.CognitoEndpoint);
        var host = await OwnHost.StartAsync("invitations_failed", new Dictionary<string, string?>
        {
            ["Cognito:ServiceUrl"] = directory.Url.ToString(),
            ["Aws:MaxRetries"] = "0",
        });
        try
        {
            using var admin = host.CreateHttpClient(Admin.AccessToken);
            var id = (await CreateAsync(admin, UniqueEmail("failing"))).GetProperty("id").GetGuid();

            await WaitForInvitationAsync(admin, $"/api/students/{id}", "failed");
            await Eventually.HoldsAsync(async () => await TestQueue.DepthAsync(host.Queue.DeadLetterUrl) == 1,
                "the message went to the dead-letter queue after its last receive");
            directory.IsUp = true;
            using var queued = await admin.PostAsync($"/api/students/{id}/invitation", null);

            await queued.ShouldHaveStatusAsync(HttpStatusCode.Accepted);
            (await WaitForInvitationAsync(admin, $"/api/students/{id}", "sent")).GetProperty("userId").GetString()
                .Should().NotBeNullOrEmpty();
            using var again = await admin.PostAsync($"/api/students/{id}/invitation", null);
            await again.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }

    [Test]
    public async Task Queueing_the_invitation_of_a_linked_lecturer_is_a_conflict_and_of_an_unknown_one_not_found()
    {
        var lecturer = await SignUpLecturerAsync("linked-lecturer");
        using var admin = As(Admin);

        using var linked = await admin.PostAsync($"/api/lecturers/{lecturer.LecturerId}/invitation", null);
        using var unknown = await admin.PostAsync($"/api/lecturers/{Guid.NewGuid()}/invitation", null);

        await linked.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await unknown.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static async Task<(List<TimeSpan> Times, List<Guid> Ids)> TimeCreatesAsync(HttpClient admin, int count)
    {
        var times = new List<TimeSpan>();
        var ids = new List<Guid>();
        for (var i = 0; i < count; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var student = await CreateAsync(admin, UniqueEmail("timed"));
            times.Add(Stopwatch.GetElapsedTime(started));
            ids.Add(student.GetProperty("id").GetGuid());
        }

        return (times, ids);
    }

    private static async Task<JsonElement> CreateAsync(HttpClient admin, string email)
    {
        using var created = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { email }));
        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var student = await created.Content.ReadFromJsonAsync<JsonElement>();
        student.GetProperty("invitation").GetString().Should().Be("pending");
        return student;
    }

    private static TimeSpan Median(List<TimeSpan> times) => times.Order().ElementAt(times.Count / 2);
}
