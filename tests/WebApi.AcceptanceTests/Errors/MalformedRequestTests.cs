using System.Net;
using System.Text;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Errors;

/// <summary>Whatever a client sends, the answer is a 4xx problem, never a 500.</summary>
public sealed class MalformedRequestTests
{
    private static async Task<HttpResponseMessage> PostRawAsync(string body, string contentType = "application/json")
    {
        using var admin = As(Admin);
        return await admin.PostAsync("/api/students", new StringContent(body, Encoding.UTF8, contentType));
    }

    [TestCase("{\"firstName\":")]
    [TestCase("{")]
    [TestCase("not json")]
    [TestCase("[]")]
    [TestCase("null")]
    [TestCase("")]
    public async Task Malformed_json_is_400(string body)
    {
        using var response = await PostRawAsync(body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [TestCase("{\"firstName\":5,\"lastName\":\"X\",\"email\":\"x@y.z\",\"dateOfBirth\":\"2000-01-01\"}")]
    [TestCase("{\"firstName\":\"A\",\"lastName\":\"X\",\"email\":\"x@y.z\",\"dateOfBirth\":\"yesterday\"}")]
    [TestCase("{\"firstName\":\"A\",\"lastName\":\"X\",\"email\":[],\"dateOfBirth\":\"2000-01-01\"}")]
    [TestCase("{\"firstName\":\"A\",\"lastName\":\"X\",\"email\":\"x@y.z\",\"dateOfBirth\":\"2000-02-30\"}")]
    public async Task Wrong_json_types_are_400(string body)
    {
        using var response = await PostRawAsync(body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Test]
    public async Task Null_fields_are_validation_errors()
    {
        using var response = await PostRawAsync("{\"firstName\":null,\"lastName\":null,\"email\":null,\"dateOfBirth\":null}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("firstName", "lastName", "email", "dateOfBirth");
    }

    [TestCase("text/plain")]
    [TestCase("application/xml")]
    public async Task A_body_that_is_not_json_is_415(string contentType)
    {
        using var response = await PostRawAsync("{}", contentType);

        await response.ShouldBeProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Test]
    public async Task An_unknown_route_is_a_404_problem()
    {
        using var admin = As(Admin);

        using var response = await admin.GetAsync("/api/nothing-here");

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task An_unsupported_method_is_a_405_problem()
    {
        using var admin = As(Admin);

        using var response = await admin.DeleteAsync("/api/students");

        await response.ShouldBeProblemAsync(HttpStatusCode.MethodNotAllowed);
    }
}
