using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Access;

/// <summary>
/// API.md's role table for the lecturer and subject routes: each caller it leaves out is refused
/// (403, or 401 without a token) and nothing changes; each route with an id answers 404 for an
/// unknown one. What admins, owners and readers may do is in the resources' own tests.
/// </summary>
public sealed class LecturerAndSubjectRoutesAccessTests
{
    private static readonly (string Method, string Route)[] AdminOnlyRoutes =
    [
        ("GET", "/api/lecturers"), ("POST", "/api/lecturers"), ("GET", "/api/lecturers/{id}"),
        ("PUT", "/api/lecturers/{id}"), ("DELETE", "/api/lecturers/{id}"),
        ("POST", "/api/subjects"), ("PUT", "/api/subjects/{id}"), ("DELETE", "/api/subjects/{id}"),
    ];

    private static IEnumerable<TestCaseData> Refusals()
    {
        foreach (var (method, route) in AdminOnlyRoutes)
        {
            foreach (var who in new[] { "lecturer", "student", "nogroup" })
            {
                yield return new TestCaseData(method, route, who, HttpStatusCode.Forbidden);
            }
        }

        foreach (var (method, route) in AdminOnlyRoutes.Append(("GET", "/api/subjects")).Append(("GET", "/api/subjects/{id}")))
        {
            yield return new TestCaseData(method, route, "anonymous", HttpStatusCode.Unauthorized);
        }
    }

    private static IEnumerable<TestCaseData> RoutesWithAnId() =>
        AdminOnlyRoutes.Append((Method: "GET", Route: "/api/subjects/{id}"))
            .Where(r => r.Route.EndsWith("{id}", StringComparison.Ordinal))
            .Select(r => new TestCaseData(r.Method, r.Route));

    [TestCaseSource(nameof(Refusals))]
    public async Task A_caller_the_table_leaves_out_is_refused_and_nothing_changes(string method, string route,
        string who, HttpStatusCode status)
    {
        var (path, body, table, id) = await ExistingResourceAsync(method, route);
        var before = await SnapshotAsync(table, id, body);
        using var client = As(Named(who));

        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path)
        {
            Content = body is null ? null : JsonContent.Create(body),
        });

        await response.ShouldBeProblemAsync(status);
        if (status == HttpStatusCode.Unauthorized)
        {
            response.Headers.WwwAuthenticate.ToString().Should().StartWith("Bearer");
        }

        (await SnapshotAsync(table, id, body)).Should().Be(before);
    }

    [TestCaseSource(nameof(RoutesWithAnId))]
    public async Task An_unknown_id_is_404(string method, string route)
    {
        var (_, body, _, _) = await ExistingResourceAsync(method, route);
        using var admin = As(Admin);

        using var response = await admin.SendAsync(new HttpRequestMessage(new HttpMethod(method), route.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal))
        {
            Content = body is null ? null : JsonContent.Create(body),
        });

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    /// <summary>A real resource for the route to act on, and the valid body the method sends.</summary>
    private static async Task<(string Path, JsonObject? Body, string Table, Guid Id)> ExistingResourceAsync(string method,
        string route)
    {
        var lecturers = route.StartsWith("/api/lecturers", StringComparison.Ordinal);
        var existing = lecturers ? await CreateLecturerAsync() : await CreateSubjectAsync();
        var id = existing.GetProperty("id").GetGuid();
        JsonObject? body = method switch
        {
            "POST" => lecturers ? LecturerBodies.New() : SubjectBodies.New(),
            "PUT" => lecturers ? LecturerBodies.Update(existing, new { firstName = "Changed" }) : SubjectBodies.Update(existing, new { name = "Changed" }),
            _ => null,
        };
        return (route.Replace("{id}", id.ToString(), StringComparison.Ordinal), body, lecturers ? "lecturers" : "subjects", id);
    }

    /// <summary>The row as the database holds it, and how many rows carry the body's unique value.</summary>
    private static async Task<string> SnapshotAsync(string table, Guid id, JsonObject? body)
    {
        var row = await ScalarAsync($"SELECT row_to_json(t)::text FROM {table} t WHERE id = $1", id);
        var (column, value) = table == "lecturers" ? ("email", body?["email"]) : ("code", body?["code"]);
        var sharing = value is null ? 0L : await ScalarAsync($"SELECT count(*) FROM {table} WHERE {column} = $1", value.GetValue<string>());
        return $"{row} / {sharing}";
    }
}
