using System.Net;
using CleanStudents.WebApi.AcceptanceTests.Support;
using Npgsql;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>Rate limits per user (429 + Retry-After), request timeouts (504) and CORS.</summary>
public sealed class LimitsTests
{
    private ApiHost? _tinyBucket;
    private ApiHost? _tinyTimeout;

    [OneTimeSetUp]
    public async Task StartHostsAsync()
    {
        _tinyBucket = await OwnHost.StartAsync("limits_bucket", new Dictionary<string, string?>
        {
            ["RateLimiting:TokenLimit"] = "3",
            ["RateLimiting:TokensPerPeriod"] = "1",
            ["RateLimiting:ReplenishmentPeriod"] = "00:01:00",
        });
        _tinyTimeout = await OwnHost.StartAsync("limits_timeout", new Dictionary<string, string?>
        {
            ["RequestTimeouts:Default"] = "00:00:01",
        });
    }

    [OneTimeTearDown]
    public async Task StopHostsAsync()
    {
        await OwnHost.StopAsync(_tinyBucket);
        await OwnHost.StopAsync(_tinyTimeout);
    }

    [Test]
    public async Task A_user_over_their_bucket_gets_429_with_Retry_After_while_others_go_on()
    {
        var greedy = await SignUpAsync("greedy", "admins");
        using var client = _tinyBucket!.CreateHttpClient(greedy.AccessToken);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await client.GetAsync("/api/me");
            await allowed.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var limited = await client.GetAsync("/api/me");
        using var other = await _tinyBucket.CreateHttpClient(Lecturer.AccessToken).GetAsync("/api/me");
        using var health = await _tinyBucket.CreateHttpClient(greedy.AccessToken).GetAsync("/health/live");

        await limited.ShouldBeProblemAsync(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter!.Delta!.Value.TotalSeconds.Should().BeInRange(1, 60);
        await other.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await health.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_request_over_its_time_is_cancelled_with_504()
    {
        using var client = _tinyTimeout!.CreateHttpClient(Admin.AccessToken);
        // A lock another session holds makes the request wait past its 1 s, whatever the machine's speed.
        await using var blocker = new NpgsqlConnection(_tinyTimeout.ConnectionString);
        await blocker.OpenAsync();
        await using var transaction = await blocker.BeginTransactionAsync();
        await using (var lockStudents = new NpgsqlCommand("LOCK TABLE students IN ACCESS EXCLUSIVE MODE", blocker, transaction))
        {
            await lockStudents.ExecuteNonQueryAsync();
        }

        using var response = await client.GetAsync("/api/students?pageSize=100");

        await response.ShouldBeProblemAsync(HttpStatusCode.GatewayTimeout);
    }

    [Test]
    public async Task A_configured_origin_is_allowed_and_another_is_not()
    {
        using var client = Anonymous();

        using var allowed = await PreflightAsync(client, AllowedOrigin);
        using var refused = await PreflightAsync(client, "https://evil.example");

        allowed.Headers.GetValues("Access-Control-Allow-Origin").Should().Equal(AllowedOrigin);
        refused.Headers.Contains("Access-Control-Allow-Origin").Should().BeFalse();
    }

    [Test]
    public async Task Responses_carry_nosniff_and_no_Server_header()
    {
        using var client = As(Admin);

        using var response = await client.GetAsync("/api/me");

        response.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        response.Headers.Contains("Server").Should().BeFalse();
    }

    private static async Task<HttpResponseMessage> PreflightAsync(HttpClient client, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/students");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type,idempotency-key");
        return await client.SendAsync(request);
    }
}
