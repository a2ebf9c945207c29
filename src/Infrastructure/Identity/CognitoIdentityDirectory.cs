using CleanStudents.Application.Common.Ports;
using CleanStudents.Infrastructure.Aws;
using Polly.Timeout;

namespace CleanStudents.Infrastructure.Identity;

/// <summary><see cref="IIdentityDirectory"/> over the Cognito user-pool admin API.</summary>
internal sealed class CognitoIdentityDirectory(AwsJsonClient client, AwsService service, string userPoolId)
    : IIdentityDirectory
{
    public async Task<string> InviteUserAsync(string email, string group, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        return await Guard($"Inviting a user to group '{group}'", async () =>
        {
            var (username, sub) = await CreateOrFindAsync(email, cancellationToken);
            await AddAsync(username, group, cancellationToken);
            return sub;
        });
    }

    public Task AddToGroupAsync(string username, string group, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(username);
        ArgumentException.ThrowIfNullOrWhiteSpace(group);
        return Guard($"Adding a user to group '{group}'", async () =>
        {
            await AddAsync(username, group, cancellationToken);
            return true;
        });
    }

    private async Task<(string Username, string Sub)> CreateOrFindAsync(string email, CancellationToken cancellationToken)
    {
        try
        {
            var created = await client.SendAsync(
                service,
                "AdminCreateUser",
                new AdminCreateUserRequest(
                    userPoolId,
                    email,
                    [new("email", email), new("email_verified", "true")],
                    ["EMAIL"]),
                CognitoJsonContext.Default.AdminCreateUserRequest,
                CognitoJsonContext.Default.AdminCreateUserResponse,
                cancellationToken);
            if (Sub(created.User.Attributes) is { } sub)
            {
                return (created.User.Username, sub);
            }
        }
        catch (AwsServiceException e) when (e.IsUsernameExists)
        {
            // Invited before (or signed up): the invitation is idempotent, so find the existing user.
        }

        var existing = await client.SendAsync(
            service,
            "AdminGetUser",
            new AdminGetUserRequest(userPoolId, email),
            CognitoJsonContext.Default.AdminGetUserRequest,
            CognitoJsonContext.Default.AdminGetUserResponse,
            cancellationToken);
        return (existing.Username, Sub(existing.UserAttributes)
            ?? throw new InvalidOperationException("Cognito returned a user without a 'sub' attribute."));
    }

    // Group membership goes by the pool's own user name: with email sign-in that is not the email.
    private Task AddAsync(string username, string group, CancellationToken cancellationToken) =>
        client.SendAsync(
            service,
            "AdminAddUserToGroup",
            new AdminAddUserToGroupRequest(userPoolId, username, group),
            CognitoJsonContext.Default.AdminAddUserToGroupRequest,
            cancellationToken);

    private static string? Sub(IReadOnlyList<CognitoAttribute>? attributes) =>
        attributes?.FirstOrDefault(a => a.Name == "sub")?.Value;

    private static async Task<T> Guard<T>(string operation, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is AwsServiceException or HttpRequestException or TimeoutRejectedException)
        {
            throw new IdentityDirectoryException($"{operation} failed: {e.Message}", e);
        }
    }
}
