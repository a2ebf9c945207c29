using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>API.md: POST with Idempotency-Key replays the first response and creates nothing new.</summary>
public sealed class IdempotencyTests
{
    private static async Task<HttpResponseMessage> PostStudentAsync(HttpClient client, string key, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/students") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        return await client.SendAsync(request);
    }

    private static async Task<long> StudentsWithEmailAsync(JsonObject body) =>
        (long)(await ScalarAsync("SELECT count(*) FROM students WHERE email = $1", body["email"]!.GetValue<string>()))!;

    [Test]
    public async Task The_same_key_and_body_replays_the_first_response_and_creates_nothing_new()
    {
        using var admin = As(Admin);
        var key = Guid.NewGuid().ToString();
        var body = StudentBodies.New();

        using var first = await PostStudentAsync(admin, key, body);
        using var second = await PostStudentAsync(admin, key, body);

        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await second.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
        second.Headers.Location.Should().Be(first.Headers.Location);
        second.Headers.ETag.Should().Be(first.Headers.ETag);
        second.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        (await StudentsWithEmailAsync(body)).Should().Be(1);
    }

    [Test]
    public async Task The_same_key_with_another_body_is_422_and_creates_nothing()
    {
        using var admin = As(Admin);
        var key = Guid.NewGuid().ToString();
        using var first = await PostStudentAsync(admin, key, StudentBodies.New());
        var other = StudentBodies.New();

        using var second = await PostStudentAsync(admin, key, other);

        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await second.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        (await StudentsWithEmailAsync(other)).Should().Be(0);
    }

    [Test]
    public async Task Racing_requests_with_one_key_create_one_row_and_all_answer_the_same()
    {
        using var admin = As(Admin);
        var key = Guid.NewGuid().ToString();
        var body = StudentBodies.New();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => PostStudentAsync(admin, key, body)));

        try
        {
            responses.Select(r => r.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.Created);
            var ids = await Task.WhenAll(responses.Select(async r =>
                (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid()));
            ids.Distinct().Should().ContainSingle();
            (await StudentsWithEmailAsync(body)).Should().Be(1);
        }
        finally
        {
            foreach (var response in responses)
            {
                response.Dispose();
            }
        }
    }

    [Test]
    public async Task A_refusal_is_replayed_too()
    {
        using var admin = As(Admin);
        var key = Guid.NewGuid().ToString();
        var existing = await CreateStudentAsync();
        var duplicate = StudentBodies.New(new { email = existing.GetProperty("email").GetString() });

        using var first = await PostStudentAsync(admin, key, duplicate);
        using var second = await PostStudentAsync(admin, key, duplicate);

        await first.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await second.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await second.Content.ReadAsStringAsync()).Should().Be(await first.Content.ReadAsStringAsync());
    }

    [Test]
    public async Task Keys_are_scoped_to_the_caller()
    {
        var otherAdmin = await SignUpAsync("admin2", "admins");
        using var admin = As(Admin);
        using var other = As(otherAdmin);
        var key = Guid.NewGuid().ToString();
        var body = StudentBodies.New();

        using var first = await PostStudentAsync(admin, key, StudentBodies.New());
        using var second = await PostStudentAsync(other, key, body);

        await first.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await second.ShouldHaveStatusAsync(HttpStatusCode.Created);
        second.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await StudentsWithEmailAsync(body)).Should().Be(1);
    }

    [Test]
    public async Task A_key_older_than_24_hours_is_forgotten()
    {
        using var admin = As(Admin);
        var key = Guid.NewGuid().ToString();
        using var first = await PostStudentAsync(admin, key, StudentBodies.New());
        await ScalarAsync("UPDATE idempotency_keys SET created_at = now() - interval '25 hours' WHERE key = $1", key);
        var later = StudentBodies.New();

        using var second = await PostStudentAsync(admin, key, later);

        await second.ShouldHaveStatusAsync(HttpStatusCode.Created);
        (await StudentsWithEmailAsync(later)).Should().Be(1);
    }

    [TestCase("")]
    [TestCase("has space")]
    public async Task An_invalid_key_is_400(string key)
    {
        using var admin = As(Admin);
        var body = StudentBodies.New();

        using var response = await PostStudentAsync(admin, key, body);

        await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        (await StudentsWithEmailAsync(body)).Should().Be(0);
    }

    [Test]
    public async Task A_key_longer_than_255_characters_is_400() =>
        await An_invalid_key_is_400(new string('k', 256));
}
