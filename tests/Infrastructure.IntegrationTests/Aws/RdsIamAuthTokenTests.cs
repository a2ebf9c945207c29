using CleanStudents.Infrastructure.Aws;
using CleanStudents.Infrastructure.Secrets;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

/// <summary>
/// IAM database authentication tokens as AWS's own implementation makes them: the expected strings were produced by
/// botocore's <c>generate_db_auth_token</c> (boto3 1.43.11) for the same credentials, endpoint and time.
/// </summary>
public sealed class RdsIamAuthTokenTests
{
    private const string Host = "cleanstudents-dev.abc123.eu-west-1.rds.amazonaws.com";
    private static readonly DateTimeOffset SignedAt = new(2026, 12, 1, 18, 30, 45, TimeSpan.Zero);

    [Test]
    public void A_token_matches_botocores()
    {
        var token = RdsIamAuthToken.Create(Host, 5432, "cleanstudents_app",
            new AwsSigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"), "eu-west-1", SignedAt);

        token.Should().Be(
            "cleanstudents-dev.abc123.eu-west-1.rds.amazonaws.com:5432/?Action=connect&DBUser=cleanstudents_app"
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20261201%2Feu-west-1%2Frds-db%2Faws4_request"
            + "&X-Amz-Date=20261201T183045Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=4acfe9f61a5e5d2bd23015b84e6d1871c0f5ff95d4c7fdfda294a76ba0c2311d");
    }

    [Test]
    public void A_token_signed_with_role_credentials_carries_and_signs_the_session_token()
    {
        var token = RdsIamAuthToken.Create(Host, 5432, "cleanstudents_app",
            new AwsSigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "session/token+with=chars"), "eu-west-1", SignedAt);

        // Parameter order is free; botocore writes the token after SignedHeaders, this code in sorted order.
        token.Should().Contain("&X-Amz-Security-Token=session%2Ftoken%2Bwith%3Dchars&")
            .And.EndWith("&X-Amz-Signature=e58a9353f469f57785f2fa0520506b8045b1bf55e100dc5553f5d36166a89c03");
    }
}
