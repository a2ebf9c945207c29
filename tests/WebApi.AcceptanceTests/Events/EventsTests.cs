using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;
using Microsoft.EntityFrameworkCore.Migrations;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Events;

/// <summary>POST /events as the Lambda Web Adapter sends pass-through invocations (no token, request context null).</summary>
public sealed class EventsTests
{
    [TestCase("someone@mailinator.com")]
    [TestCase("someone@inbox.MAILINATOR.com")]
    [TestCase("someone@tempmail.com")]
    public async Task PreSignUp_refuses_disposable_domains_with_an_error_status_the_adapter_fails_on(string email)
    {
        using var response = await PostEventAsync(CognitoEvents.PreSignUp(email));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.InternalServerError);
        problem.GetProperty("detail").GetString().Should().Contain("disposable");
    }

    [TestCase("PreSignUp_SignUp")]
    [TestCase("PreSignUp_ExternalProvider")]
    public async Task PreSignUp_accepts_other_domains_and_returns_the_event_unchanged(string triggerSource)
    {
        var @event = CognitoEvents.PreSignUp(UniqueEmail("signup"), triggerSource);

        using var response = await PostEventAsync(@event);

        await ShouldEchoAsync(response, @event);
    }

    [Test]
    public async Task PreSignUp_accepts_any_domain_for_users_an_admin_creates()
    {
        var @event = CognitoEvents.PreSignUp("invited@mailinator.com", "PreSignUp_AdminCreateUser");

        using var response = await PostEventAsync(@event);

        await ShouldEchoAsync(response, @event);
    }

    [Test]
    public async Task PostConfirmation_links_the_lecturer_with_the_same_email_and_adds_the_group_idempotently()
    {
        var email = UniqueEmail("confirmed");
        var sub = await Cognito.CreateUserAsync(email, Password);
        var lecturerId = Guid.CreateVersion7();
        await ScalarAsync("INSERT INTO lecturers (id, staff_number, first_name, last_name, email) VALUES ($1, $2, 'Con', 'Firmed', $3)",
            lecturerId, $"L-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}", email);
        var @event = CognitoEvents.PostConfirmation(await UserNameOfAsync(email), sub, email.ToUpperInvariant());

        using (var first = await PostEventAsync(@event))
        {
            await ShouldEchoAsync(first, @event);
        }

        using (var again = await PostEventAsync(@event))
        {
            await ShouldEchoAsync(again, @event);
        }

        (await ScalarAsync("SELECT user_id FROM lecturers WHERE id = $1", lecturerId)).Should().Be(sub);
        // The group is added after the commit, by the invitation consumer.
        await WaitForInvitationAsync($"/api/lecturers/{lecturerId}", "sent");
        using var client = Host.CreateHttpClient(await Cognito.GetAccessTokenAsync(email, Password));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("lecturerId").GetGuid().Should().Be(lecturerId);
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("lecturer");
    }

    [Test]
    public async Task PostConfirmation_of_someone_without_a_record_changes_nothing()
    {
        var email = UniqueEmail("norecord");
        var sub = await Cognito.CreateUserAsync(email, Password);
        var @event = CognitoEvents.PostConfirmation(await UserNameOfAsync(email), sub, email);

        using var response = await PostEventAsync(@event);

        await ShouldEchoAsync(response, @event);
        using var client = Host.CreateHttpClient(await Cognito.GetAccessTokenAsync(email, Password));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        me.GetProperty("roles").GetArrayLength().Should().Be(0);
    }

    [Test]
    public async Task Migrate_run_twice_at_once_succeeds_both_times_at_the_same_migration()
    {
        var runs = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await PostEventAsync(new JsonObject { ["command"] = "migrate" });
            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            return await response.Content.ReadFromJsonAsync<JsonElement>();
        }));

        var shipped = typeof(Infrastructure.DependencyInjection).Assembly.GetTypes()
            .Select(t => t.GetCustomAttribute<MigrationAttribute>()?.Id).OfType<string>().Order(StringComparer.Ordinal).ToList();
        runs.Select(r => r.GetProperty("migration").GetString()).Distinct().Should().Equal(shipped[^1]);
        (await ScalarAsync("SELECT count(*) FROM \"__EFMigrationsHistory\"")).Should().Be(shipped.Count);
    }

    [Test]
    public async Task Requests_carrying_an_API_Gateway_request_context_are_refused()
    {
        using var client = Anonymous();
        using var request = AdapterRequests.PassThrough("""{"command":"migrate"}""");
        request.Headers.Add("x-amzn-request-context", """{"accountId":"123456789012","apiId":"abc123","requestId":"r-1","stage":"$default"}""");

        using var response = await client.SendAsync(request);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task Unknown_events_fail_the_invocation()
    {
        using var response = await PostEventAsync(new JsonObject { ["Records"] = new JsonArray() });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotImplemented);
    }

    [Test]
    public async Task A_body_that_is_not_a_JSON_object_is_a_bad_request()
    {
        using var client = Anonymous();

        using var response = await client.PostAsync("/events", new StringContent("[1,2]", Encoding.UTF8, "application/json"));

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    private static async Task<HttpResponseMessage> PostEventAsync(JsonObject @event)
    {
        using var client = Anonymous();
        using var request = AdapterRequests.PassThrough(@event.ToJsonString());
        return await client.SendAsync(request);
    }

    private static async Task ShouldEchoAsync(HttpResponseMessage response, JsonObject @event)
    {
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        var body = await response.Content.ReadFromJsonAsync<JsonNode>();
        JsonNode.DeepEquals(body, @event).Should().BeTrue($"the event comes back unchanged, got {body?.ToJsonString()}");
    }

    private static async Task<string> UserNameOfAsync(string email)
    {
        using var user = await Cognito.CallAsync("AdminGetUser", new { UserPoolId = Stack.UserPoolId, Username = email });
        return user.RootElement.GetProperty("Username").GetString()!;
    }
}
