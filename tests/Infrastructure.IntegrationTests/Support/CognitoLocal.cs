using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>An error answer of cognito-local (or Cognito), e.g. <c>NotAuthorizedException</c>.</summary>
public sealed class CognitoLocalException(string operation, int statusCode, string errorType, string message)
    : Exception($"{operation} failed ({statusCode} {errorType}): {message}")
{
    public string Operation { get; } = operation;

    public int StatusCode { get; } = statusCode;

    /// <summary>The <c>__type</c> of the answer, e.g. <c>UsernameExistsException</c>.</summary>
    public string ErrorType { get; } = errorType;
}

/// <summary>
/// A small client of cognito-local's JSON protocol (<c>POST /</c> with
/// <c>X-Amz-Target: AWSCognitoIdentityProviderService.&lt;Op&gt;</c>), for test set-up.
/// Unique emails per test are the caller's job.
/// </summary>
public sealed class CognitoLocal(StackInfo stack)
{
    private static readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };
    private static readonly MediaTypeHeaderValue _contentType = new("application/x-amz-json-1.1");
    private static readonly string[] _emailUsernames = ["email"];
    private static readonly string[] _groups = ["admins", "lecturers", "students"];
    private static readonly string[] _authFlows = ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"];

    public StackInfo Stack { get; } = stack;

    /// <summary>A client of the test run's shared stack.</summary>
    public static async Task<CognitoLocal> CreateAsync() => new(await TestStack.GetAsync());

    /// <summary>Creates a confirmed user (verified email, permanent password) in the stack's pool; returns its <c>sub</c>.</summary>
    public Task<string> CreateUserAsync(string email, string password, params string[] groups) =>
        CreateUserInPoolAsync(Stack.UserPoolId, email, password, groups);

    /// <summary>Creates a confirmed user in any pool; the groups must exist there. Returns the user's <c>sub</c>.</summary>
    public async Task<string> CreateUserInPoolAsync(string userPoolId, string email, string password, params string[] groups)
    {
        using var created = await CallAsync("AdminCreateUser", new
        {
            UserPoolId = userPoolId,
            Username = email,
            MessageAction = "SUPPRESS",
            UserAttributes = new[]
            {
                new { Name = "email", Value = email },
                new { Name = "email_verified", Value = "true" },
            },
        });
        var sub = created.RootElement.GetProperty("User").GetProperty("Attributes").EnumerateArray()
            .Single(a => a.GetProperty("Name").GetString() == "sub")
            .GetProperty("Value").GetString()!;

        (await CallAsync("AdminSetUserPassword", new { UserPoolId = userPoolId, Username = email, Password = password, Permanent = true })).Dispose();
        foreach (var group in groups)
        {
            (await CallAsync("AdminAddUserToGroup", new { UserPoolId = userPoolId, Username = email, GroupName = group })).Dispose();
        }

        return sub;
    }

    /// <summary>Signs in with USER_PASSWORD_AUTH and returns the access token (the one the API accepts).</summary>
    public async Task<string> GetAccessTokenAsync(string email, string password, string? clientId = null) =>
        (await SignInAsync(email, password, clientId)).GetProperty("AccessToken").GetString()!;

    /// <summary>Signs in with USER_PASSWORD_AUTH and returns the ID token (which the API must refuse).</summary>
    public async Task<string> GetIdTokenAsync(string email, string password, string? clientId = null) =>
        (await SignInAsync(email, password, clientId)).GetProperty("IdToken").GetString()!;

    /// <summary>Creates another user pool (email usernames) with the groups admins, lecturers and students; returns its id.</summary>
    public async Task<string> CreateUserPoolAsync(string name)
    {
        using var pool = await CallAsync("CreateUserPool", new { PoolName = name, UsernameAttributes = _emailUsernames });
        var id = pool.RootElement.GetProperty("UserPool").GetProperty("Id").GetString()!;
        foreach (var group in _groups)
        {
            await CreateGroupAsync(id, group);
        }

        return id;
    }

    /// <summary>Creates an app client with USER_PASSWORD_AUTH in a pool; returns its id.</summary>
    public async Task<string> CreateClientAsync(string userPoolId, string name)
    {
        using var client = await CallAsync("CreateUserPoolClient", new
        {
            UserPoolId = userPoolId,
            ClientName = name,
            ExplicitAuthFlows = _authFlows,
        });
        return client.RootElement.GetProperty("UserPoolClient").GetProperty("ClientId").GetString()!;
    }

    public async Task CreateGroupAsync(string userPoolId, string groupName) =>
        (await CallAsync("CreateGroup", new { UserPoolId = userPoolId, GroupName = groupName })).Dispose();

    /// <summary>Calls any operation; the caller disposes the answer.</summary>
    public async Task<JsonDocument> CallAsync(string operation, object request, CancellationToken cancellationToken = default)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, Stack.CognitoEndpoint);
        message.Headers.Add("X-Amz-Target", $"AWSCognitoIdentityProviderService.{operation}");
        message.Content = new ByteArrayContent(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request)));
        message.Content.Headers.ContentType = _contentType;

        using var response = await _http.SendAsync(message, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            string type = "Unknown", text = body;
            try
            {
                using var error = JsonDocument.Parse(body);
                type = error.RootElement.TryGetProperty("__type", out var t) ? t.GetString() ?? type : type;
                text = error.RootElement.TryGetProperty("message", out var m) ? m.GetString() ?? body : body;
            }
            catch (JsonException)
            {
                // Not JSON: report the raw body.
            }

            throw new CognitoLocalException(operation, (int)response.StatusCode, type, text);
        }

        return JsonDocument.Parse(body);
    }

    private async Task<JsonElement> SignInAsync(string email, string password, string? clientId)
    {
        using var answer = await CallAsync("InitiateAuth", new
        {
            AuthFlow = "USER_PASSWORD_AUTH",
            ClientId = clientId ?? Stack.ClientId,
            AuthParameters = new Dictionary<string, string> { ["USERNAME"] = email, ["PASSWORD"] = password },
        });
        return answer.RootElement.GetProperty("AuthenticationResult").Clone();
    }
}
