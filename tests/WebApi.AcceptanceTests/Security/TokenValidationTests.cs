using System.Net;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Security;

/// <summary>Every token that is not a live access token of this pool and client is refused with 401.</summary>
public sealed class TokenValidationTests
{
    private static async Task ShouldBeRefusedAsync(string token)
    {
        using var client = Host.CreateHttpClient(token);
        using var response = await client.GetAsync("/api/me");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
        response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
    }

    [Test]
    public async Task A_genuine_access_token_is_accepted()
    {
        using var client = As(Admin);

        using var response = await client.GetAsync("/api/me");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task A_token_forged_with_the_pools_key_and_genuine_claims_is_accepted_so_the_refusals_below_are_meaningful()
    {
        using var client = Host.CreateHttpClient(TokenForge.Signed(TokenForge.ClaimsOf(Admin)));

        using var response = await client.GetAsync("/api/me");

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
    }

    [Test]
    public async Task An_id_token_is_refused() =>
        await ShouldBeRefusedAsync(await Cognito.GetIdTokenAsync(Admin.Email, Password));

    [Test]
    public async Task An_expired_token_is_refused() =>
        await ShouldBeRefusedAsync(TokenForge.Signed(TokenForge.ClaimsOf(Admin),
            notBefore: DateTime.UtcNow.AddHours(-2), expires: DateTime.UtcNow.AddMinutes(-5)));

    [Test]
    public async Task A_token_not_yet_valid_is_refused() =>
        await ShouldBeRefusedAsync(TokenForge.Signed(TokenForge.ClaimsOf(Admin),
            notBefore: DateTime.UtcNow.AddMinutes(10), expires: DateTime.UtcNow.AddHours(1)));

    [Test]
    public async Task A_token_of_another_issuer_is_refused()
    {
        var claims = TokenForge.ClaimsOf(Admin);
        claims["iss"] = $"{Stack.CognitoEndpoint.ToString().TrimEnd('/')}/local_other";

        await ShouldBeRefusedAsync(TokenForge.Signed(claims));
    }

    [Test]
    public async Task A_token_of_another_app_client_is_refused()
    {
        var otherClient = await Cognito.CreateClientAsync(Stack.UserPoolId, "other-" + Guid.NewGuid().ToString("N")[..6]);

        await ShouldBeRefusedAsync(await Cognito.GetAccessTokenAsync(Admin.Email, Password, otherClient));
    }

    [Test]
    public async Task A_token_whose_token_use_is_not_access_is_refused()
    {
        var claims = TokenForge.ClaimsOf(Admin);
        claims["token_use"] = "id";

        await ShouldBeRefusedAsync(TokenForge.Signed(claims));
    }

    [Test]
    public async Task A_tampered_payload_is_refused()
    {
        var claims = TokenForge.ClaimsOf(Student);
        claims["cognito:groups"] = new[] { "admins" };

        await ShouldBeRefusedAsync(TokenForge.Tampered(Student.AccessToken, claims));
    }

    [Test]
    public async Task An_unsigned_alg_none_token_is_refused() =>
        await ShouldBeRefusedAsync(TokenForge.Unsigned(TokenForge.ClaimsOf(Admin)));

    [Test]
    public async Task Hs256_signed_with_the_public_key_is_refused()
    {
        using var http = new HttpClient();
        var jwks = await http.GetStringAsync(Stack.JwksUrl);

        await ShouldBeRefusedAsync(TokenForge.HmacWithPublicKey(TokenForge.ClaimsOf(Admin), jwks));
    }

    [Test]
    public async Task A_token_signed_by_an_unknown_key_is_refused() =>
        await ShouldBeRefusedAsync(TokenForge.SignedWithNewKey(TokenForge.ClaimsOf(Admin)));

    [Test]
    public async Task A_token_without_a_key_id_is_refused() =>
        await ShouldBeRefusedAsync(TokenForge.Signed(TokenForge.ClaimsOf(Admin), withKeyId: false));

    [TestCase("not-a-jwt")]
    [TestCase("a.b.c")]
    public async Task Garbage_is_refused(string token) => await ShouldBeRefusedAsync(token);
}
