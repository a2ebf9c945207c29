using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Invitations;

/// <summary>POST /api/students invites the person into cognito-local, and failed invitations are retried.</summary>
public sealed class InvitationTests
{
    [Test]
    public async Task An_invited_student_can_set_a_password_sign_in_and_is_linked_to_their_record()
    {
        var email = UniqueEmail("invited");
        var student = await CreateStudentAsync(new { email });
        var userId = student.GetProperty("userId").GetString();
        userId.Should().NotBeNullOrEmpty("the 201 already shows the invited user");

        (await Cognito.CallAsync("AdminSetUserPassword",
            new { UserPoolId = Stack.UserPoolId, Username = email, Password, Permanent = true })).Dispose();
        using var client = Host.CreateHttpClient(await Cognito.GetAccessTokenAsync(email, Password));
        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");

        me.GetProperty("userId").GetString().Should().Be(userId);
        me.GetProperty("studentId").GetGuid().Should().Be(student.GetProperty("id").GetGuid());
        me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).Should().Equal("student");
    }

    [Test]
    public async Task Inviting_an_existing_user_links_the_same_user()
    {
        var persona = await SignUpAsync("existing");

        var student = await CreateStudentAsync(new { email = persona.Email });

        student.GetProperty("userId").GetString().Should().Be(persona.Sub);
    }

    [Test]
    public async Task When_the_directory_is_down_the_student_is_saved_and_the_invitation_completes_once_it_is_back()
    {
        await using var directory = await SwitchableProxy.StartAsync(Stack.CognitoEndpoint);
        var connectionString = await TestDatabase.CreateAsync("invitations_down");
        await using var host = new ApiHost(Stack, connectionString, new Dictionary<string, string?>
        {
            ["Cognito:ServiceUrl"] = directory.Url.ToString(),
            ["Aws:MaxRetries"] = "0",
            ["Invitations:PollSeconds"] = "1",
            ["Invitations:RetryBaseSeconds"] = "1",
            ["Invitations:RetryMaxSeconds"] = "2",
        });
        host.Start();
        using var admin = host.CreateHttpClient(Admin.AccessToken);
        var email = UniqueEmail("queued");

        using var created = await admin.PostAsJsonAsync("/api/students", StudentBodies.New(new { email }));

        await created.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var student = await created.Content.ReadFromJsonAsync<JsonElement>();
        student.GetProperty("userId").ValueKind.Should().Be(JsonValueKind.Null);
        var id = student.GetProperty("id").GetGuid();
        (await CountPendingAsync(connectionString, id)).Should().Be(1, "the failed invitation is queued with the student");

        await Eventually.HoldsAsync(async () => await AttemptsAsync(connectionString, id) >= 2, "the worker has retried while the directory is down");
        directory.IsUp = true;
        await Eventually.HoldsAsync(async () => await CountPendingAsync(connectionString, id) == 0, "a retry completed once the directory was back");

        var linked = await admin.GetFromJsonAsync<JsonElement>($"/api/students/{id}");
        linked.GetProperty("userId").GetString().Should().NotBeNullOrEmpty();
        using var user = await Cognito.CallAsync("AdminGetUser", new { UserPoolId = Stack.UserPoolId, Username = email });
        user.RootElement.GetProperty("UserAttributes").EnumerateArray()
            .Single(a => a.GetProperty("Name").GetString() == "sub").GetProperty("Value").GetString()
            .Should().Be(linked.GetProperty("userId").GetString());
        await TestDatabase.DropAsync(connectionString);
    }

    private static async Task<long> CountPendingAsync(string connectionString, Guid studentId) =>
        (long)(await Sql.ScalarAsync(connectionString, "SELECT count(*) FROM pending_invitations WHERE record_id = $1", studentId))!;

    private static async Task<int> AttemptsAsync(string connectionString, Guid studentId) =>
        await Sql.ScalarAsync(connectionString, "SELECT attempts FROM pending_invitations WHERE record_id = $1", studentId) is int attempts
            ? attempts
            : 0;
}
