using System.Net;
using System.Text;
using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

public sealed class AwsErrorParserTests
{
    [TestCase("""{"__type":"com.amazonaws.secretsmanager#ResourceNotFoundException","Message":"not here"}""", "ResourceNotFoundException", "not here")]
    [TestCase("""{"__type":"UsernameExistsException","message":"User already exists"}""", "UsernameExistsException", "User already exists")]
    [TestCase("""{"__type":"ThrottlingException:http://internal.amazon.com/coral/","message":"Rate exceeded"}""", "ThrottlingException", "Rate exceeded")]
    [TestCase("""{"code":"TooManyRequestsException","Message":"slow down"}""", "TooManyRequestsException", "slow down")]
    public void Reads_the_code_and_message_from_the_body(string body, string code, string message)
    {
        var error = AwsErrorParser.Parse(HttpStatusCode.BadRequest, null, Encoding.UTF8.GetBytes(body));

        error.ErrorCode.Should().Be(code);
        error.ServiceMessage.Should().Be(message);
        error.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        error.Message.Should().Contain(code).And.Contain(message);
    }

    [Test]
    public void Falls_back_to_the_error_type_header()
    {
        var error = AwsErrorParser.Parse(
            HttpStatusCode.BadRequest, "ResourceNotFoundException:http://internal.amazon.com/", "{}"u8);

        error.IsResourceNotFound.Should().BeTrue();
    }

    [Test]
    public void Survives_a_body_that_is_not_json()
    {
        var error = AwsErrorParser.Parse(HttpStatusCode.BadGateway, null, "<html>bad gateway</html>"u8);

        error.ErrorCode.Should().Be("Http502");
        error.IsRetryable.Should().BeTrue();
    }

    [TestCase(HttpStatusCode.BadRequest, "ThrottlingException", true)]
    [TestCase(HttpStatusCode.BadRequest, "TooManyRequestsException", true)]
    [TestCase(HttpStatusCode.TooManyRequests, "Anything", true)]
    [TestCase(HttpStatusCode.InternalServerError, "InternalServiceError", true)]
    [TestCase(HttpStatusCode.ServiceUnavailable, "ServiceUnavailable", true)]
    [TestCase(HttpStatusCode.BadRequest, "ResourceNotFoundException", false)]
    [TestCase(HttpStatusCode.BadRequest, "UsernameExistsException", false)]
    [TestCase(HttpStatusCode.Forbidden, "AccessDeniedException", false)]
    public void Knows_what_is_worth_retrying(HttpStatusCode status, string code, bool retryable) =>
        new AwsServiceException(code, status, "m").IsRetryable.Should().Be(retryable);
}
