using System.Net;
using System.Text;
using System.Text.Json;
using CleanStudents.Infrastructure.Aws;
using CleanStudents.Infrastructure.IntegrationTests.Aws.Support;
using Microsoft.AspNetCore.Http;
using Polly.Timeout;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws;

public sealed class AwsJsonClientTests
{
    private static readonly byte[] Body = """{"SecretId":"x"}"""u8.ToArray();

    [Test]
    public async Task Sends_a_signed_json_protocol_request()
    {
        string? problem = "not called";
        string? target = null, contentType = null, method = null, path = null;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer);
            problem = SignatureCheck.Problem(context.Request, buffer.ToArray(), AwsTestClient.Credentials, "secretsmanager");
            (target, contentType) = (context.Request.Headers["X-Amz-Target"], context.Request.ContentType);
            (method, path) = (context.Request.Method, context.Request.Path);
            await context.Response.WriteAsync("""{"ok":true}""");
        });

        var answer = await AwsTestClient.Create().InvokeAsync(
            AwsTestClient.Service(server.Url), "GetSecretValue", Body, CancellationToken.None);

        Encoding.UTF8.GetString(answer).Should().Be("""{"ok":true}""");
        problem.Should().BeNull();
        (method, path, target, contentType).Should().Be(
            ("POST", "/", "secretsmanager.GetSecretValue", "application/x-amz-json-1.1"));
    }

    [TestCase(500, null)]
    [TestCase(503, null)]
    [TestCase(429, null)]
    [TestCase(400, "ThrottlingException")]
    [TestCase(400, "TooManyRequestsException")]
    public async Task Retries_throttling_and_server_errors_then_succeeds(int status, string? code)
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsync(code is null ? "oops" : Error(code, "slow down"));
                return;
            }

            await context.Response.WriteAsync("{}");
        });

        await AwsTestClient.Create(maxRetries: 3).InvokeAsync(
            AwsTestClient.Service(server.Url), "GetSecretValue", Body, CancellationToken.None);

        calls.Should().Be(3);
    }

    [Test]
    public async Task Gives_up_after_the_configured_retries()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref calls);
            context.Response.StatusCode = 500;
            await context.Response.WriteAsync(Error("InternalServiceError", "down"));
        });

        var act = () => AwsTestClient.Create(maxRetries: 2).InvokeAsync(
            AwsTestClient.Service(server.Url), "GetSecretValue", Body, CancellationToken.None);

        (await act.Should().ThrowAsync<AwsServiceException>())
            .Which.Should().BeEquivalentTo(new { ErrorCode = "InternalServiceError", StatusCode = HttpStatusCode.InternalServerError });
        calls.Should().Be(3);
    }

    [Test]
    public async Task Does_not_retry_client_errors_and_types_them()
    {
        var calls = 0;
        await using var server = await LoopbackServer.StartAsync(async context =>
        {
            Interlocked.Increment(ref calls);
            context.Response.StatusCode = 400;
            await context.Response.WriteAsync(Error("com.amazonaws.secretsmanager#ResourceNotFoundException", "no such secret"));
        });

        var act = () => AwsTestClient.Create().InvokeAsync(
            AwsTestClient.Service(server.Url), "GetSecretValue", Body, CancellationToken.None);

        var error = (await act.Should().ThrowAsync<AwsServiceException>()).Which;
        error.IsResourceNotFound.Should().BeTrue();
        error.ServiceMessage.Should().Be("no such secret");
        calls.Should().Be(1);
    }

    [Test]
    public async Task Times_out_a_hanging_attempt()
    {
        await using var server = await LoopbackServer.StartAsync(async context =>
            await Task.Delay(TimeSpan.FromSeconds(10), context.RequestAborted));

        var act = () => AwsTestClient.Create(maxRetries: 0, timeoutSeconds: 1).InvokeAsync(
            AwsTestClient.Service(server.Url), "GetSecretValue", Body, CancellationToken.None);

        await act.Should().ThrowAsync<TimeoutRejectedException>();
    }

    private static string Error(string type, string message) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["__type"] = type, ["message"] = message });
}
