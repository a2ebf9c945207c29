using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws.SigV4;

public sealed class SigV4SignerTests
{
    private static IEnumerable<SigV4Vector> Vectors() => SigV4Vector.All();

    [TestCaseSource(nameof(Vectors))]
    public void Signs_the_published_vector(SigV4Vector vector)
    {
        var signature = SigV4Signer.Sign(
            vector.Request, vector.Credentials, SigV4Vector.Region, SigV4Vector.Service, SigV4Vector.SignedAt);

        if (vector.ExpectedCanonicalRequest is not null)
        {
            signature.CanonicalRequest.Should().Be(vector.ExpectedCanonicalRequest);
        }

        if (vector.ExpectedStringToSign is not null)
        {
            signature.StringToSign.Should().Be(vector.ExpectedStringToSign);
        }

        signature.Authorization.Should().Be(vector.ExpectedAuthorization);
    }

    [Test]
    public void The_suite_covers_vanilla_query_header_utf8_token_and_body_cases()
    {
        var names = Vectors().Select(v => v.Name).ToList();

        names.Should().Contain(
        [
            "aws-c-auth/get-vanilla-query", "aws-c-auth/post-vanilla", "aws-c-auth/get-vanilla-query-order-key-case",
            "aws-c-auth/post-header-key-sort", "aws-c-auth/get-header-value-trim", "aws-c-auth/get-utf8",
            "aws-c-auth/get-vanilla-utf8-query", "aws-c-auth/get-vanilla-with-session-token",
            "aws-sdk-ruby/post-vanilla-query-space", "aws-sdk-js-v3/post-x-www-form-urlencoded",
        ]);
    }

    [Test]
    public async Task Agrees_with_the_AWSSDK_Core_signer_given_the_headers_it_adds()
    {
        // AWSSDK.Core always signs x-amz-content-sha256 too; fed the same headers, both must agree.
        var body = """{"SecretId":"prod/db"}"""u8.ToArray();
        var sdkRequest = new AWSSigningRequest
        {
            HttpMethod = HttpMethod.Post,
            RequestUri = new Uri("https://secretsmanager.eu-west-1.amazonaws.com/"),
            Content = body,
        };
        sdkRequest.Headers["Content-Type"] = "application/x-amz-json-1.1";
        sdkRequest.Headers["X-Amz-Target"] = "secretsmanager.GetSecretValue";
        var signedAt = new DateTime(2026, 1, 2, 3, 4, 5, DateTimeKind.Utc);

        var sdk = await AWSSigV4Signer.SignAsync(
            sdkRequest,
            new AWSSigV4Parameters
            {
                Credentials = new BasicAWSCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
                Region = RegionEndpoint.EUWest1,
                Service = "secretsmanager",
                SignedAt = signedAt,
            },
            CancellationToken.None);

        var headers = sdkRequest.Headers
            .Concat(sdk.Headers.Where(h => h.Key != "Authorization"))
            .Append(new("Host", "secretsmanager.eu-west-1.amazonaws.com"))
            .ToList();
        var ours = SigV4Signer.Sign(
            new SigV4Request("POST", "/", string.Empty, headers, body),
            new AwsSigningCredentials("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"),
            "eu-west-1",
            "secretsmanager",
            signedAt);

        ours.Authorization.Should().Be(sdk.Headers["Authorization"]);
    }
}
