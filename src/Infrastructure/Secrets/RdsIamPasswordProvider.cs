using CleanStudents.Infrastructure.Aws;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// Passwords for a database user with IAM authentication: a fresh <see cref="RdsIamAuthToken"/> signed with the
/// function role's current credentials. Npgsql asks again well within the token's 15 minutes.
/// </summary>
internal sealed class RdsIamPasswordProvider(IAwsCredentialsSource credentials, IOptions<AwsClientOptions> aws, TimeProvider clock)
{
    /// <summary>How often Npgsql renews the token it hands new physical connections (a token opens connections for 15 minutes).</summary>
    public static readonly TimeSpan RenewEvery = TimeSpan.FromMinutes(10);

    public async ValueTask<string> GetPasswordAsync(NpgsqlConnectionStringBuilder settings, CancellationToken cancellationToken)
    {
        var region = aws.Value.Region
            ?? throw new InvalidOperationException("Database:IamUser needs a region: set Aws:Region (or AWS_REGION).");
        return RdsIamAuthToken.Create(settings.Host!, settings.Port, settings.Username!,
            await credentials.GetAsync(cancellationToken), region, clock.GetUtcNow());
    }
}
