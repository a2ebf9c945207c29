using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Platform;

/// <summary>
/// The OpenAPI document is part of the contract: committed as docs/openapi.json, exact about what the
/// server does, and with examples the server accepts.
/// </summary>
public sealed class OpenApiDocumentTests
{
    private const string UpdateVariable = "CLEANSTUDENTS_UPDATE_OPENAPI";

    private static readonly string CommittedPath = Path.Combine(TestStack.FindRepoRoot(), "docs", "openapi.json");

    private static async Task<JsonObject> ServedAsync()
    {
        using var client = Anonymous();
        return (await client.GetFromJsonAsync<JsonObject>("/openapi/v1.json"))!;
    }

    [Test]
    public async Task The_committed_document_is_the_one_the_app_serves()
    {
        var served = (await ServedAsync()).ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n";
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(CommittedPath, served);
        }

        var committed = File.Exists(CommittedPath) ? await File.ReadAllTextAsync(CommittedPath) : "";

        committed.Should().Be(served,
            $"docs/openapi.json must match /openapi/v1.json; regenerate it with {UpdateVariable}=1 ./build/test.sh 'FullyQualifiedName~OpenApiDocumentTests'");
    }

    [Test]
    public async Task The_committed_document_is_valid_openapi()
    {
        // openapi-spec-validator ships in this machine kind's Python, next to moto and cfn-lint.
        var info = new System.Diagnostics.ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-m", "openapi_spec_validator", CommittedPath })
        {
            info.ArgumentList.Add(argument);
        }

        using var validator = System.Diagnostics.Process.Start(info)!;
        var output = await validator.StandardOutput.ReadToEndAsync() + await validator.StandardError.ReadToEndAsync();
        await validator.WaitForExitAsync();

        validator.ExitCode.Should().Be(0, output);
    }

    [Test]
    public async Task Every_operation_has_a_summary_and_says_who_may_call_it()
    {
        var document = await ServedAsync();

        var undocumented = Operations(document)
            .Where(op => op.Path.StartsWith("/api/", StringComparison.Ordinal))
            .Where(op => string.IsNullOrWhiteSpace((string?)op.Operation["summary"])
                || !((string?)op.Operation["description"] ?? "").Contains("Who may call:", StringComparison.Ordinal))
            .Select(op => $"{op.Method} {op.Path}");

        undocumented.Should().BeEmpty();
    }

    [Test]
    public async Task Every_route_documents_the_statuses_every_route_can_answer()
    {
        var document = await ServedAsync();

        foreach (var (method, path, operation) in Operations(document).Where(op => op.Path.StartsWith("/api/", StringComparison.Ordinal)))
        {
            var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToList();
            statuses.Should().Contain(["401", "429", "503"], $"{method} {path}");
            if (method == "POST")
            {
                statuses.Should().Contain("422", $"{method} {path} takes an Idempotency-Key");
            }
        }
    }

    [Test]
    public async Task Every_documented_example_is_accepted()
    {
        var document = await ServedAsync();
        JsonObject Example(string path, string method) => ExampleOf(document, path, method);
        using var admin = As(Admin);

        var subject = await SendAsync(admin, HttpMethod.Post, "/api/subjects", Example("/api/subjects", "post"));
        await SendAsync(admin, HttpMethod.Put, $"/api/subjects/{subject["id"]}", Example("/api/subjects/{id}", "put"));
        var lecturer = await SendAsync(admin, HttpMethod.Post, "/api/lecturers", Example("/api/lecturers", "post"));
        await SendAsync(admin, HttpMethod.Put, $"/api/lecturers/{lecturer["id"]}", Example("/api/lecturers/{id}", "put"));
        var student = await SendAsync(admin, HttpMethod.Post, "/api/students", Example("/api/students", "post"));
        await SendAsync(admin, HttpMethod.Put, $"/api/students/{student["id"]}", Example("/api/students/{id}", "put"));

        var newClass = Example("/api/classes", "post");
        newClass["subjectId"] = subject["id"]!.DeepClone();
        var @class = await SendAsync(admin, HttpMethod.Post, "/api/classes", newClass);
        var changedClass = Example("/api/classes/{id}", "put");
        changedClass["subjectId"] = subject["id"]!.DeepClone();
        await SendAsync(admin, HttpMethod.Put, $"/api/classes/{@class["id"]}", changedClass);

        var enrollment = Example("/api/classes/{classId}/enrollments", "post");
        enrollment["studentId"] = student["id"]!.DeepClone();
        await SendAsync(admin, HttpMethod.Post, $"/api/classes/{@class["id"]}/enrollments", enrollment);
        await SendAsync(admin, HttpMethod.Put, $"/api/classes/{@class["id"]}/enrollments/{student["id"]}/score",
            Example("/api/classes/{classId}/enrollments/{studentId}/score", "put"));

        var notification = Example("/api/notifications", "post");
        notification["target"]!["id"] = @class["id"]!.DeepClone();
        await SendAsync(admin, HttpMethod.Post, "/api/notifications", notification);
    }

    [Test]
    public async Task Every_documented_length_range_and_allowed_value_is_enforced()
    {
        var document = await ServedAsync();
        using var admin = As(Admin);
        var probed = 0;

        foreach (var (method, path, operation) in Operations(document).Where(op => op.Operation["requestBody"] is not null))
        {
            var schema = SchemaOf(document, operation);
            foreach (var (field, rule) in schema["properties"]!.AsObject())
            {
                if (Breaking(rule!.AsObject()) is not { } broken)
                {
                    continue;
                }

                var body = schema["examples"]![0]!.DeepClone().AsObject();
                body[field] = broken;
                var target = path.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{classId}", Guid.NewGuid().ToString(), StringComparison.Ordinal)
                    .Replace("{studentId}", Guid.NewGuid().ToString(), StringComparison.Ordinal);
                using var request = new HttpRequestMessage(new HttpMethod(method), target)
                {
                    Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
                };

                using var response = await admin.SendAsync(request);

                var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
                problem.ErrorFields().Should().Contain(field, $"{method} {path} documents a limit on {field} ({rule.ToJsonString()})");
                probed++;
            }
        }

        probed.Should().BeGreaterThan(20);
    }

    /// <summary>A value just outside what the field's schema allows, or null when the schema states no limit.</summary>
    private static JsonValue? Breaking(JsonObject rule) => rule switch
    {
        _ when rule["enum"] is JsonArray => JsonValue.Create("not-one-of-them"),
        _ when rule["maxLength"] is JsonValue max && rule["format"] is null => JsonValue.Create(new string('a', max.GetValue<int>() + 1)),
        _ when rule["maximum"] is JsonValue most => JsonValue.Create(most.GetValue<decimal>() + 1),
        _ when rule["minimum"] is JsonValue least => JsonValue.Create(least.GetValue<decimal>() - 1),
        _ when rule["pattern"] is JsonValue => JsonValue.Create("\u0007"),
        _ => null,
    };

    private static async Task<JsonObject> SendAsync(HttpClient client, HttpMethod method, string path, JsonObject body)
    {
        using var response = await client.SendAsync(new HttpRequestMessage(method, path)
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        });
        var text = await response.Content.ReadAsStringAsync();
        ((int)response.StatusCode).Should().BeInRange(200, 299, $"the documented example of {method} {path} is valid: {body.ToJsonString()} → {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    private static JsonObject ExampleOf(JsonObject document, string path, string method) =>
        SchemaOf(document, document["paths"]![path]![method]!.AsObject())["examples"]![0]!.DeepClone().AsObject();

    private static JsonObject SchemaOf(JsonObject document, JsonObject operation)
    {
        var reference = (string)operation["requestBody"]!["content"]!["application/json"]!["schema"]!["$ref"]!;
        return document["components"]!["schemas"]![reference.Split('/')[^1]]!.AsObject();
    }

    private static IEnumerable<(string Method, string Path, JsonObject Operation)> Operations(JsonObject document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Select(op => (op.Key.ToUpperInvariant(), path.Key, op.Value!.AsObject())));
}
