using System.Collections.Concurrent;
using System.Net;
using System.Text;
using CleanStudents.Infrastructure.IntegrationTests.Aws.Support;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Security;

/// <summary>OriginVerify on: the X-Origin-Verify value from a (fake, signed) Secrets Manager, rotated under load.</summary>
[NonParallelizable]
public sealed class OriginVerifyTests
{
    private const string SecretId = "cleanstudents/test/origin-verify";
    private const string Header = "X-Origin-Verify";
    private FakeSecretsManager _secrets = null!;
    private string _current = "first-value";
    private ApiHost _host = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _secrets = await FakeSecretsManager.StartAsync(forEmulatorClients: true);
        _secrets.SetSecret(SecretId, _current);
        _host = new ApiHost(Stack, await TestDatabase.CreateAsync("origin_verify"), new Dictionary<string, string?>
        {
            ["OriginVerify:Enabled"] = "true",
            ["OriginVerify:SecretArn"] = SecretId,
            ["OriginVerify:RefreshIntervalSeconds"] = "1",
            ["SecretsManager:ServiceUrl"] = _secrets.Url.ToString(),
        });
        _host.Start();
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await _host.DisposeAsync();
        await TestDatabase.DropAsync(_host.ConnectionString);
        await _secrets.DisposeAsync();
    }

    [TestCase(null)]
    [TestCase("wrong-value")]
    [TestCase("first-valu")]
    public async Task Requests_without_the_current_value_are_refused(string? value)
    {
        using var response = await SendAsync("/health/ready", value);

        await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    [Test]
    public async Task The_adapter_probe_and_pass_through_events_need_no_header()
    {
        using (var live = await SendAsync("/health/live", null))
        {
            await live.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        using var client = _host.CreateHttpClient();
        using var events = await client.PostAsync("/events", new StringContent("""{"command":"migrate"}""", Encoding.UTF8, "application/json"));
        await events.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task Rotating_the_secret_under_load_refuses_no_request_that_carries_the_current_value()
    {
        var previous = _current;
        var statuses = new ConcurrentBag<HttpStatusCode>();
        using var stop = new CancellationTokenSource();
        var load = Enumerable.Range(0, 6).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await SendAsync("/health/ready", Volatile.Read(ref _current));
                statuses.Add(response.StatusCode);
            }
        })).ToList();

        for (var rotation = 1; rotation <= 3; rotation++)
        {
            await Task.Delay(TimeSpan.FromSeconds(1.5));
            var next = $"rotated-{rotation}-{Guid.NewGuid():N}";
            _secrets.Rotate(SecretId, next);
            previous = _current;
            Volatile.Write(ref _current, next);
        }

        await Task.Delay(TimeSpan.FromSeconds(1));
        await stop.CancelAsync();
        await Task.WhenAll(load);

        statuses.Should().NotBeEmpty().And.OnlyContain(s => s == HttpStatusCode.OK);
        using var withPrevious = await SendAsync("/health/ready", previous);
        await withPrevious.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task The_value_a_rotation_pushes_to_cloudfront_is_accepted_before_it_is_promoted()
    {
        var pending = $"pending-{Guid.NewGuid():N}";
        _secrets.SetPending(SecretId, pending);

        await Eventually.HoldsAsync(async () =>
        {
            using var response = await SendAsync("/health/ready", pending);
            return response.StatusCode == HttpStatusCode.OK;
        }, "CloudFront sends the pending value as soon as the rotation pushed it");
        using (var current = await SendAsync("/health/ready", _current))
        {
            await current.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        _secrets.Rotate(SecretId, pending);
        Volatile.Write(ref _current, pending);
    }

    private async Task<HttpResponseMessage> SendAsync(string path, string? value)
    {
        using var client = _host.CreateHttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (value is not null)
        {
            request.Headers.Add(Header, value);
        }

        return await client.SendAsync(request);
    }
}
