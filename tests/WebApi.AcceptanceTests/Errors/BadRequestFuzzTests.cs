using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CleanStudents.WebApi.AcceptanceTests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace CleanStudents.WebApi.AcceptanceTests.Errors;

/// <summary>
/// Property: whatever broken request reaches any route, the answer is a 4xx problem (never 5xx) and
/// the database is unchanged. Every generated request is broken by construction (one breaker that
/// no route accepts), optionally with noise that is harmless on its own (extra fields, unicode).
/// Bodies over 1 MiB are left to CreateStudentTests: Kestrel answers 413 and closes the
/// connection while the client is still sending, which a client sees as a broken pipe.
/// </summary>
public sealed class BadRequestFuzzTests
{
    private const int Batches = 100;
    private const int BatchSize = 100;
    private static readonly string[] Tables =
        ["students", "lecturers", "subjects", "classes", "enrollments", "notifications", "notification_recipients", "idempotency_keys"];

    [Test]
    public async Task Ten_thousand_broken_requests_across_every_route_get_4xx_problems_and_change_nothing()
    {
        using var client = Api.As(Api.Admin);
        await ShouldAnswerWithProblemsAndChangeNothingAsync(client);
    }

    /// <summary>
    /// The property through <paramref name="client"/> (an admin's), to any copy of the app on the shared host's
    /// database: the published-app tests run it against the Lambda artifact as well.
    /// </summary>
    internal static async Task ShouldAnswerWithProblemsAndChangeNothingAsync(HttpClient client)
    {
        var routes = await RouteWorld.PresentRoutesAsync();
        var world = await RouteWorld.CreateAsync();
        var before = await DatabaseFingerprintAsync();
        var sent = 0;

        var property = Prop.ForAll(BadRequests(routes, world).ArrayOf(BatchSize).ToArbitrary(), batch =>
        {
            var failures = Task.WhenAll(batch.Select(r => SendAsync(client, r))).GetAwaiter().GetResult()
                .Where(f => f is not null).ToList();
            Interlocked.Add(ref sent, batch.Length);
            foreach (var failure in failures)
            {
                TestContext.Out.WriteLine(failure);
            }

            return failures.Count == 0;
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(Batches).WithQuietOnSuccess(true), property);

        TestContext.Out.WriteLine($"Fuzz: {sent} requests over {routes.Count} routes");
        sent.Should().BeGreaterThanOrEqualTo(Batches * BatchSize);
        (await DatabaseFingerprintAsync()).Should().Be(before);
    }

    private static async Task<string?> SendAsync(HttpClient client, FuzzRequest fuzz)
    {
        using var request = new HttpRequestMessage(new HttpMethod(fuzz.Method), fuzz.Path);
        if (fuzz.Body is not null)
        {
            request.Content = new ByteArrayContent(fuzz.Body);
            request.Content.Headers.ContentType = new("application/json") { CharSet = "utf-8" };
        }

        using var response = await client.SendAsync(request);
        var status = (int)response.StatusCode;
        if (status is < 400 or >= 500)
        {
            return $"{fuzz}: {status}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{fuzz}: {status} without a problem body";
        }

        using var problem = JsonDocument.Parse(await response.Content.ReadAsStreamAsync());
        return problem.RootElement.TryGetProperty("status", out var s) && s.GetInt32() == status
            ? null
            : $"{fuzz}: problem body without the status";
    }

    private static async Task<string> DatabaseFingerprintAsync()
    {
        var parts = new List<string>();
        foreach (var table in Tables)
        {
            parts.Add($"{table}:{await Api.ScalarAsync($"SELECT md5(coalesce(string_agg(t::text, ',' ORDER BY t::text), '')) FROM {table} t")}");
        }

        return string.Join(' ', parts);
    }

    private sealed record FuzzRequest(string Method, string Path, byte[]? Body, string Breaker)
    {
        public override string ToString() =>
            $"{Breaker}: {Method} {Path[..Math.Min(Path.Length, 120)]} {(Body is null ? "" : Encoding.UTF8.GetString(Body, 0, Math.Min(Body.Length, 200)))}";
    }

    private static Gen<FuzzRequest> BadRequests(IReadOnlyList<ApiRoute> routes, RouteWorld world) =>
        Gen.Elements(routes.Where(HasBreaker).ToArray()).SelectMany(route => ForRoute(route, world));

    // A GET or DELETE without a path id or query parameters cannot be broken by its caller (e.g. GET /api/me).
    private static bool HasBreaker(ApiRoute route) =>
        route.Body is not null || route.Template.Contains('{', StringComparison.Ordinal) || IsList(route);

    // The paged lists are the collection routes (no path id); rosters, enrollments and transcripts
    // under an id read no query string, so there is nothing there to break.
    private static bool IsList(ApiRoute route) =>
        route.Method == "GET" && route.Template.StartsWith("/api/", StringComparison.Ordinal)
        && !route.Template.Contains('{', StringComparison.Ordinal) && route.Template != "/api/me";

    private static Gen<FuzzRequest> ForRoute(ApiRoute route, RouteWorld world)
    {
        var path = world.Fill(route.Template);
        var breakers = new List<Gen<FuzzRequest>>();
        if (route.Template.Contains('{', StringComparison.Ordinal))
        {
            breakers.Add(BadId.Select(id => new FuzzRequest(route.Method,
                world.Fill(ReplaceFirstPlaceholder(route.Template, Uri.EscapeDataString(id))), ValidBody(route, world), "bad id")));
        }

        if (IsList(route))
        {
            breakers.Add(BadQuery.Select(q => new FuzzRequest(route.Method, $"{path}?{q}", null, "bad query")));
        }

        if (route.QueryParameters.Count > 0)
        {
            breakers.Add(Gen.Zip(Gen.Elements(route.QueryParameters.ToArray()), ControlText).Select(x =>
                new FuzzRequest(route.Method, $"{path}?{x.Item1}={Uri.EscapeDataString(x.Item2)}", null, $"control character in ?{x.Item1}")));
        }

        if (route.Body is not null)
        {
            var body = JsonNode.Parse(world.Fill(route.Body))!.AsObject();
            breakers.Add(BrokenBody(body).Select(b => new FuzzRequest(route.Method, path, b.Bytes, b.Breaker)));
        }

        return Gen.OneOf(breakers);
    }

    private static byte[]? ValidBody(ApiRoute route, RouteWorld world) =>
        route.Body is null ? null : Encoding.UTF8.GetBytes(world.Fill(route.Body));

    private static string ReplaceFirstPlaceholder(string template, string value)
    {
        var start = template.IndexOf('{', StringComparison.Ordinal);
        return template[..start] + value + template[(template.IndexOf('}', start) + 1)..];
    }

    private static readonly Gen<string> Unicode = Gen.Elements(
        "Zoë", "李小龙", "مرحبا", "🎓📚", "\u0000", "\uFFFF", "e\u0301", "\u202Eevil", "' OR 1=1 --", "<script>", "%00", "../..");

    // Short text that is otherwise fine for any field, carrying a control character no field accepts.
    private static readonly Gen<string> ControlText = Gen.Zip(Gen.Elements("\u0000", "\u0001", "\u0007", "\u000B", "\u001B[31m", "\u007F", "\u0085"),
        Gen.Elements("", "A", "2026-S1", "FZ101")).Select(x => x.Item2 + x.Item1);

    // Control characters are left out of paths: Kestrel refuses such a request line with a bare 400 before the app runs.
    private static readonly Gen<string> BadId = Gen.OneOf(
        Gen.Elements("not-a-guid", "0", "-1", "00000000-0000-0000-0000-00000000000G", "{}", "null", "9999999999999999999999"),
        Unicode.Where(u => !u.Any(char.IsControl)),
        Gen.Choose(300, 3000).Select(n => new string('a', n)));

    // Paging is the one query every list reads; filters differ per route, and an unknown one is ignored.
    private static readonly Gen<string> BadQuery = Gen.OneOf(
        Gen.Elements("page=0", "page=-1", "page=abc", "pageSize=0", "pageSize=101", "pageSize=1000000", "pageSize=abc",
            "page=99999999999", "pageSize=1e3", "page=1.5", "pageSize=%F0%9F%8E%93", "page=1000001", "page=107374184",
            "page=2147483647", "page=2147483648", "page=-2147483648", "page=9223372036854775807", "page=-9223372036854775809",
            "pageSize=2147483647", "pageSize=-2147483648", "pageSize=9223372036854775808"),
        Unicode.Select(u => $"page={Uri.EscapeDataString(u)}"),
        Gen.Choose(101, 100_000).Select(n => $"pageSize={n}"));

    // A value of another JSON kind than the field's: a string where a number belongs, a number where a string does.
    private static Gen<JsonNode?> WrongValueFor(JsonNode? value) =>
        Gen.Elements<Func<JsonNode?>>(
            () => JsonValue.Create(true), () => new JsonArray(1, 2), () => new JsonObject { ["x"] = 1 },
            value is JsonValue v && v.GetValueKind() == JsonValueKind.Number
                ? () => JsonValue.Create("not a number")
                : () => JsonValue.Create(1e308)).Select(f => f());

    private sealed record BrokenBodyCase(byte[] Bytes, string Breaker);

    private static Gen<BrokenBodyCase> BrokenBody(JsonObject valid)
    {
        var text = valid.ToJsonString();
        var fields = valid.Select(p => p.Key).ToArray();
        var truncated = Gen.Choose(0, text.Length - 1).Select(n => Case(text[..n], "truncated json"));
        var notJson = Gen.Elements("", "nope", "<xml/>", "[", "{\"a\":}", "{'single':'quotes'}", "\u0000\u0001", "{}}")
            .Select(t => Case(t, "not json"));
        var wrongKind = Gen.Elements("[]", "\"text\"", "42", "null", "true", "[{}]").Select(t => Case(t, "wrong top-level kind"));
        var wrongType = Gen.Zip(Gen.Elements(fields).SelectMany(f => WrongValueFor(valid[f]).Select(w => (f, w))), Noise).Select(x =>
            Case(With(valid, x.Item2, (x.Item1.Item1, x.Item1.Item2)), $"wrong type for {x.Item1.Item1}"));
        var stringFields = fields.Where(f => valid[f] is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToArray();
        // Longer than any field allows (the longest, a notification body, takes 4,000), within the 1 MiB body limit.
        var hugeStrings = Gen.Zip(Gen.Zip(Gen.Elements(stringFields.DefaultIfEmpty("none").ToArray()), Gen.Choose(5_000, 20_000)),
            Gen.Zip(Unicode, Noise)).Select(x =>
            Case(With(valid, x.Item2.Item2, (x.Item1.Item1, JsonValue.Create(
                string.Concat(Enumerable.Repeat(x.Item2.Item1, (x.Item1.Item2 / x.Item2.Item1.Length) + 1))))), $"huge string in {x.Item1.Item1}"));
        // PostgreSQL refuses NUL in text, and no field means a terminal escape or a vertical tab.
        var controlInString = Gen.Zip(Gen.Elements(stringFields.DefaultIfEmpty("none").ToArray()), Gen.Zip(ControlText, Noise)).Select(x =>
            Case(With(valid, x.Item2.Item2, (x.Item1, JsonValue.Create(x.Item2.Item1))), $"control character in {x.Item1}"));
        var cases = new List<(int, Gen<BrokenBodyCase>)> { (3, truncated), (2, notJson), (1, wrongKind), (4, wrongType) };
        if (stringFields.Length > 0)
        {
            cases.Add((2, hugeStrings));
            cases.Add((3, controlInString));
        }

        return Gen.Frequency(cases);
    }

    // Harmless on its own: unknown fields (ignored by the API) on top of the breaker.
    private static readonly Gen<(string, JsonNode?)[]> Noise =
        Gen.Elements(Array.Empty<(string, JsonNode?)>(),
            [("extra", JsonValue.Create("field"))],
            [("nested", new JsonObject { ["deep"] = new JsonArray(1, "two", null) }), ("Ünïcödé", JsonValue.Create("✓"))]);

    private static string With(JsonObject valid, (string, JsonNode?)[] noise, params (string Field, JsonNode? Value)[] changes)
    {
        var body = valid.DeepClone().AsObject();
        foreach (var (field, value) in changes.Concat(noise))
        {
            body[field] = value?.DeepClone();
        }

        return body.ToJsonString();
    }

    private static BrokenBodyCase Case(string text, string breaker) => new(Encoding.UTF8.GetBytes(text), breaker);
}
