using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>
/// The password of a database user with IAM authentication: <c>host:port/?Action=connect&amp;DBUser=…</c> presigned
/// with SigV4 for the service <c>rds-db</c>, valid 15 minutes. Nothing is stored or rotated; the function's role
/// needs <c>rds-db:connect</c> on that user.
/// </summary>
internal static class RdsIamAuthToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    public static string Create(string host, int port, string user, AwsSigningCredentials credentials, string region, DateTimeOffset at)
    {
        var endpoint = $"{host}:{port.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var query = SigV4Signer.PresignedQuery(endpoint, [new("Action", "connect"), new("DBUser", user)],
            credentials, region, "rds-db", at, Lifetime);
        return $"{endpoint}/?{query}";
    }
}
