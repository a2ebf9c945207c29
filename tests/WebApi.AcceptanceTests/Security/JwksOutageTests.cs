using System.Net;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Security;

/// <summary>While the JWKS endpoint is unreachable, known keys keep working and unknown keys fail closed.</summary>
public sealed class JwksOutageTests
{
    private JwksRelay? _relay;
    private ApiHost? _host;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        _relay = await JwksRelay.StartAsync(Stack.JwksUrl);
        _host = await OwnHost.StartAsync("jwks_outage", new Dictionary<string, string?>
        {
            ["Cognito:JwksUrl"] = _relay.JwksUrl.ToString(),
            ["RateLimiting:TokenLimit"] = "1000",
        });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await OwnHost.StopAsync(_host);
        if (_relay is not null)
        {
            await _relay.DisposeAsync();
        }
    }

    [Test]
    public async Task Known_keys_validate_and_unknown_keys_are_401_while_the_JWKS_endpoint_is_down()
    {
        using (var before = await _host!.CreateHttpClient(Admin.AccessToken).GetAsync("/api/me"))
        {
            await before.ShouldHaveStatusAsync(HttpStatusCode.OK);
        }

        _relay!.Served.Should().BeGreaterThan(0, "the keys came through the relay");

        await _relay.StopAsync();

        using var known = await _host.CreateHttpClient(Lecturer.AccessToken).GetAsync("/api/me");
        using var unknownKey = await _host.CreateHttpClient(TokenForge.SignedWithNewKey(TokenForge.ClaimsOf(Admin)))
            .GetAsync("/api/me");
        using var forgedKid = await _host.CreateHttpClient(
            TokenForge.SignedWithNewKey(TokenForge.ClaimsOf(Admin), keyId: "rotated-" + Guid.NewGuid())).GetAsync("/api/me");
        using var knownAfterRefreshAttempt = await _host.CreateHttpClient(Admin.AccessToken).GetAsync("/api/me");

        await known.ShouldHaveStatusAsync(HttpStatusCode.OK);
        await unknownKey.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await forgedKid.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        await knownAfterRefreshAttempt.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }
}
