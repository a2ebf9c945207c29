using System.Text;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Stack;

/// <summary>The local stack the other integration and acceptance tests rely on.</summary>
[TestFixture]
public sealed class StackTests
{
    private const string Password = "Test-Password-1";

    private static readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    private static string UniqueEmail(string role) => $"{role}-{Guid.NewGuid():N}@stack.test";

    [Test]
    public async Task A_test_database_accepts_connections_and_offers_pg_trgm()
    {
        var connectionString = await TestDatabase.CreateAsync("stack_tests");
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();

            await using (var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_trgm", connection))
            {
                await create.ExecuteNonQueryAsync();
            }

            await using var similarity = new NpgsqlCommand("SELECT similarity('Ada Lovelace', 'Ada Lovelase')", connection);
            var value = Convert.ToDouble(await similarity.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);

            value.Should().BeInRange(0.3, 1.0);
            connection.Database.Should().StartWith("stack_tests_");
        }
        finally
        {
            await TestDatabase.DropAsync(connectionString);
        }
    }

    [Test]
    public async Task Each_test_database_is_new_and_empty()
    {
        var first = await TestDatabase.CreateAsync("Stack Tests!");
        var second = await TestDatabase.CreateAsync("Stack Tests!");
        try
        {
            first.Should().NotBe(second);
            await using var connection = new NpgsqlConnection(first);
            await connection.OpenAsync();
            await using var tables = new NpgsqlCommand(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'", connection);
            (await tables.ExecuteScalarAsync()).Should().Be(0L);
        }
        finally
        {
            await TestDatabase.DropAsync(first);
            await TestDatabase.DropAsync(second);
        }
    }

    [Test]
    public async Task A_created_user_gets_an_access_token_with_client_groups_and_issuer()
    {
        var cognito = await CognitoLocal.CreateAsync();
        var email = UniqueEmail("lecturer");
        var sub = await cognito.CreateUserAsync(email, Password, "lecturers", "admins");

        var token = await cognito.GetAccessTokenAsync(email, Password);

        using var payload = Payload(token);
        var claims = payload.RootElement;
        claims.GetProperty("token_use").GetString().Should().Be("access");
        claims.GetProperty("client_id").GetString().Should().Be(cognito.Stack.ClientId);
        claims.GetProperty("iss").GetString().Should().Be(cognito.Stack.CognitoIssuer);
        claims.GetProperty("sub").GetString().Should().Be(sub);
        claims.GetProperty("cognito:groups").EnumerateArray().Select(g => g.GetString())
            .Should().BeEquivalentTo("lecturers", "admins");
        claims.TryGetProperty("aud", out _).Should().BeFalse("Cognito access tokens carry client_id, not aud");
    }

    [Test]
    public async Task The_id_token_is_marked_as_such_and_names_the_email()
    {
        var cognito = await CognitoLocal.CreateAsync();
        var email = UniqueEmail("student");
        await cognito.CreateUserAsync(email, Password, "students");

        using var payload = Payload(await cognito.GetIdTokenAsync(email, Password));

        payload.RootElement.GetProperty("token_use").GetString().Should().Be("id");
        payload.RootElement.GetProperty("email").GetString().Should().Be(email);
        payload.RootElement.GetProperty("iss").GetString().Should().Be(cognito.Stack.CognitoIssuer);
    }

    [Test]
    public async Task The_jwks_holds_the_key_that_signed_the_token()
    {
        var cognito = await CognitoLocal.CreateAsync();
        var email = UniqueEmail("admin");
        await cognito.CreateUserAsync(email, Password, "admins");
        var token = await cognito.GetAccessTokenAsync(email, Password);
        using var header = JsonDocument.Parse(Base64UrlDecode(token.Split('.')[0]));

        using var response = await _http.GetAsync(cognito.Stack.JwksUrl);
        response.IsSuccessStatusCode.Should().BeTrue();
        using var jwks = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        jwks.RootElement.GetProperty("keys").EnumerateArray()
            .Select(k => (Kid: k.GetProperty("kid").GetString(), Kty: k.GetProperty("kty").GetString()))
            .Should().Contain((header.RootElement.GetProperty("kid").GetString(), "RSA"));
    }

    [Test]
    public async Task Another_pool_and_client_issue_tokens_of_their_own()
    {
        var cognito = await CognitoLocal.CreateAsync();
        var pool = await cognito.CreateUserPoolAsync($"other-{Guid.NewGuid():N}");
        var client = await cognito.CreateClientAsync(pool, "other-client");
        var email = UniqueEmail("other");
        await cognito.CreateUserInPoolAsync(pool, email, Password, "admins");

        using var payload = Payload(await cognito.GetAccessTokenAsync(email, Password, client));

        pool.Should().NotBe(cognito.Stack.UserPoolId);
        payload.RootElement.GetProperty("iss").GetString().Should().EndWith($"/{pool}").And.NotBe(cognito.Stack.CognitoIssuer);
        payload.RootElement.GetProperty("client_id").GetString().Should().Be(client);
    }

    [Test]
    public async Task A_wrong_password_is_refused()
    {
        var cognito = await CognitoLocal.CreateAsync();
        var email = UniqueEmail("student");
        await cognito.CreateUserAsync(email, Password, "students");

        var signIn = () => cognito.GetAccessTokenAsync(email, "Wrong-Password-1");

        (await signIn.Should().ThrowAsync<CognitoLocalException>()).Which.StatusCode.Should().Be(400);
    }

    [Test]
    public async Task The_demo_users_of_the_stack_can_sign_in()
    {
        var cognito = await CognitoLocal.CreateAsync();
        var password = cognito.Stack.DemoPassword;
        if (password is null)
        {
            Assert.Ignore("This stack did not say its demo password (DEMO_PASSWORD).");
        }

        using var payload = Payload(await cognito.GetAccessTokenAsync("student@cleanstudents.local", password));

        payload.RootElement.GetProperty("cognito:groups").EnumerateArray().Select(g => g.GetString())
            .Should().Equal("students");
    }

    private static JsonDocument Payload(string jwt)
    {
        var parts = jwt.Split('.');
        parts.Should().HaveCount(3);
        return JsonDocument.Parse(Base64UrlDecode(parts[1]));
    }

    private static string Base64UrlDecode(string segment)
    {
        var base64 = segment.Replace('-', '+').Replace('_', '/');
        base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
        return Encoding.UTF8.GetString(Convert.FromBase64String(base64));
    }
}
