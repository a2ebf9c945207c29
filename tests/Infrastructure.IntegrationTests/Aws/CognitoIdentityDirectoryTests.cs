using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Aws;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

/// <summary>The directory adapter against a real cognito-local, wired the way the app wires it.</summary>
public sealed class CognitoIdentityDirectoryTests
{
    private ServiceProvider _services = null!;
    private IIdentityDirectory _directory = null!;
    private StackInfo _stack = null!;

    [SetUp]
    public async Task SetUpAsync()
    {
        _stack = await TestStack.GetAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Cognito:UserPoolId"] = _stack.UserPoolId,
                ["Cognito:ServiceUrl"] = _stack.CognitoEndpoint.ToString(),
                ["Cognito:Issuer"] = _stack.CognitoIssuer,
                ["Cognito:ClientIds:0"] = _stack.ClientId,
            })
            .Build();
        _services = new ServiceCollection().AddLogging().AddAwsAdapters(configuration).BuildServiceProvider();
        _directory = _services.GetRequiredService<IIdentityDirectory>();
    }

    [TearDown]
    public ValueTask TearDownAsync() => _services.DisposeAsync();

    [Test]
    public async Task Invites_a_new_user_into_the_group_and_returns_the_sub()
    {
        var group = await CreateGroupAsync();
        var email = UniqueEmail();

        var sub = await _directory.InviteUserAsync(email, group, CancellationToken.None);

        Guid.TryParse(sub, out _).Should().BeTrue();
        var user = await CallAsync("AdminGetUser", new JsonObject { ["Username"] = sub });
        Attribute(user, "email").Should().Be(email);
        Attribute(user, "email_verified").Should().Be("true");
        (await GroupsOfAsync(sub)).Should().Equal(group);
    }

    [Test]
    public async Task Inviting_again_finds_the_same_user_and_adds_the_new_group()
    {
        var (first, second) = (await CreateGroupAsync(), await CreateGroupAsync());
        var email = UniqueEmail();

        var sub = await _directory.InviteUserAsync(email, first, CancellationToken.None);
        var again = await _directory.InviteUserAsync(email, first, CancellationToken.None);
        var third = await _directory.InviteUserAsync(email, second, CancellationToken.None);

        again.Should().Be(sub);
        third.Should().Be(sub);
        (await GroupsOfAsync(sub)).Should().BeEquivalentTo([first, second]);
    }

    [Test]
    public async Task Adding_to_a_group_twice_is_harmless()
    {
        var (first, second) = (await CreateGroupAsync(), await CreateGroupAsync());
        var sub = await _directory.InviteUserAsync(UniqueEmail(), first, CancellationToken.None);

        await _directory.AddToGroupAsync(sub, second, CancellationToken.None);
        await _directory.AddToGroupAsync(sub, second, CancellationToken.None);

        (await GroupsOfAsync(sub)).Should().BeEquivalentTo([first, second]);
    }

    [Test]
    public async Task A_failure_is_a_typed_exception_carrying_the_aws_error()
    {
        var act = () => _directory.InviteUserAsync(UniqueEmail(), "no-such-group", CancellationToken.None);

        var error = (await act.Should().ThrowAsync<IdentityDirectoryException>()).Which;
        error.InnerException.Should().BeOfType<AwsServiceException>().Which.IsResourceNotFound.Should().BeTrue();
    }

    [Test]
    public async Task Group_membership_shows_in_the_access_token()
    {
        var group = await CreateGroupAsync();
        var email = UniqueEmail();
        var sub = await _directory.InviteUserAsync(email, group, CancellationToken.None);
        await CallAsync("AdminSetUserPassword", new JsonObject
        {
            ["Username"] = sub, ["Password"] = "Test-Pa55word!", ["Permanent"] = true,
        });

        var auth = await CallAsync("InitiateAuth", new JsonObject
        {
            ["AuthFlow"] = "USER_PASSWORD_AUTH",
            ["ClientId"] = _stack.ClientId,
            ["AuthParameters"] = new JsonObject { ["USERNAME"] = email, ["PASSWORD"] = "Test-Pa55word!" },
        }, withPool: false);

        var token = auth["AuthenticationResult"]!["AccessToken"]!.GetValue<string>();
        var payload = JsonNode.Parse(Base64UrlDecode(token.Split('.')[1]))!;
        payload["sub"]!.GetValue<string>().Should().Be(sub);
        payload["cognito:groups"]!.AsArray().Select(g => g!.GetValue<string>()).Should().Contain(group);
    }

    private static string UniqueEmail() => $"invite-{Guid.NewGuid():N}@cleanstudents.test";

    private async Task<string> CreateGroupAsync()
    {
        var name = $"group-{Guid.NewGuid():N}";
        await CallAsync("CreateGroup", new JsonObject { ["GroupName"] = name });
        return name;
    }

    private async Task<List<string>> GroupsOfAsync(string username)
    {
        var answer = await CallAsync("AdminListGroupsForUser", new JsonObject { ["Username"] = username });
        return answer["Groups"]!.AsArray().Select(g => g!["GroupName"]!.GetValue<string>()).ToList();
    }

    private async Task<JsonNode> CallAsync(string operation, JsonObject body, bool withPool = true)
    {
        if (withPool)
        {
            body["UserPoolId"] = _stack.UserPoolId;
        }

        var service = AwsService.Create(
            "cognito-idp", "AWSCognitoIdentityProviderService", "us-east-1", _stack.CognitoEndpoint, StaticCredentialsSource.Emulator);
        var answer = await _services.GetRequiredService<AwsJsonClient>().InvokeAsync(
            service, operation, Encoding.UTF8.GetBytes(body.ToJsonString()), CancellationToken.None);
        return JsonNode.Parse(answer.Length == 0 ? "{}"u8 : answer) ?? throw new JsonException("empty answer");
    }

    private static string? Attribute(JsonNode user, string name) =>
        user["UserAttributes"]!.AsArray().FirstOrDefault(a => a!["Name"]!.GetValue<string>() == name)?["Value"]?.GetValue<string>();

    private static string Base64UrlDecode(string value) =>
        Encoding.UTF8.GetString(Convert.FromBase64String(
            value.Replace('-', '+').Replace('_', '/').PadRight(value.Length + ((4 - (value.Length % 4)) % 4), '=')));
}
