using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
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
    public async Task A_number_sent_as_a_string_is_400()
    {
        using var admin = As(Admin);
        var body = SubjectBodies.New();
        body["credits"] = "5";

        using var response = await admin.PostAsync("/api/subjects", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("$.credits");
        problem.ErrorFields().Should().Equal("credits");
    }

    [Test]
    public async Task Null_fields_are_validation_errors()
    {
        using var response = await PostRawAsync("{\"firstName\":null,\"lastName\":null,\"email\":null,\"dateOfBirth\":null}");

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields()
            .Should().BeEquivalentTo("firstName", "lastName", "email", "dateOfBirth");
    }

    [Test]
    public async Task An_empty_body_says_a_json_body_is_required()
    {
        using var response = await PostRawAsync("");

        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().StartWith("A JSON body is required");
    }

    private static readonly string[] Lists = ["/api/students", "/api/lecturers", "/api/subjects", "/api/classes", "/api/me/notifications"];

    // 107374184 is the first page whose row offset overflowed an int; 2^31 and 2^63 fit no int the route binds.
    [TestCase("page=1000001", "page")]
    [TestCase("page=107374184", "page")]
    [TestCase("page=2147483647", "page")]
    [TestCase("page=2147483648", "page")]
    [TestCase("page=9223372036854775808", "page")]
    [TestCase("page=-2147483649", "page")]
    [TestCase("pageSize=abc", "pageSize")]
    [TestCase("pageSize=2147483648", "pageSize")]
    [TestCase("page=1.5", "page")]
    public async Task A_paging_value_out_of_range_or_unparsable_is_400_naming_it(string query, string field)
    {
        using var admin = As(Admin);
        foreach (var list in Lists)
        {
            using var response = await admin.GetAsync($"{list}?{query}");

            var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
            problem.TryGetProperty("errors", out _).Should().BeTrue($"{list}?{query} answered {problem.GetRawText()}");
            problem.ErrorFields().Should().Equal([field], $"{list}?{query}");
        }
    }

    [Test]
    public async Task The_last_allowed_page_is_an_empty_page()
    {
        using var admin = As(Admin);
        foreach (var list in Lists)
        {
            using var response = await admin.GetAsync($"{list}?page=1000000&pageSize=100");

            await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
            (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").GetArrayLength().Should().Be(0, list);
        }
    }

    [TestCase("/api/students?search=%00", "search")]
    [TestCase("/api/lecturers?search=%00", "search")]
    [TestCase("/api/subjects?search=a%00b", "search")]
    [TestCase("/api/classes?term=%00", "term")]
    [TestCase("/api/classes?term=2026-S1%0A", "term")]
    public async Task A_control_character_in_a_query_value_is_400_naming_it(string path, string field)
    {
        using var admin = As(Admin);

        using var response = await admin.GetAsync(path);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }

    [Test]
    public async Task A_nul_character_in_a_name_is_400_and_creates_nothing()
    {
        var body = StudentBodies.New(new { firstName = "Ada\u0000" });

        using var response = await PostRawAsync(body.ToJsonString());

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal("firstName");
        (await ScalarAsync("SELECT count(*) FROM students WHERE email = $1", body["email"]!.GetValue<string>())).Should().Be(0L);
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
