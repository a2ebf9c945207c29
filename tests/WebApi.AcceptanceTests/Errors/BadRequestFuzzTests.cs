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
        var routes = await RouteWorld.PresentRoutesAsync();
        var world = await RouteWorld.CreateAsync();
        using var client = Api.As(Api.Admin);
        var before = await DatabaseFingerprintAsync();
        var sent = 0;

        var property = Prop.ForAll(BadRequests(routes, world).ArrayOf(BatchSize).ToArbitrary(), batch =>
        {
            var failures = Task.WhenAll(batch.Select(r => SendAsync(client, r))).GetAwaiter().GetResult()
                .Where(f => f is not null).ToList();
            Interlocked.Add(ref sent, batch.Length);
            return failures.Count == 0 ? Prop.ToProperty(true) : Prop.ToProperty(false).Label(string.Join("\n", failures));
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

    private static bool IsList(ApiRoute route) =>
        route.Method == "GET" && route.Template.StartsWith("/api/", StringComparison.Ordinal)
        && !route.Template.EndsWith('}') && route.Template != "/api/me";

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

    private static readonly Gen<string> BadId = Gen.OneOf(
        Gen.Elements("not-a-guid", "0", "-1", "00000000-0000-0000-0000-00000000000G", "{}", "null", "9999999999999999999999"),
        Unicode,
        Gen.Choose(300, 3000).Select(n => new string('a', n)));

    private static readonly Gen<string> BadQuery = Gen.OneOf(
        Gen.Elements("page=0", "page=-1", "page=abc", "pageSize=0", "pageSize=101", "pageSize=1000000", "pageSize=abc",
            "page=99999999999", "sort=bogus", "sort=-", "sort=--lastName", "status=Nope", "status=1", "term=2026", "subjectId=x",
            "lecturerId=x", "unreadOnly=maybe"),
        Unicode.Select(u => $"sort={Uri.EscapeDataString(u)}"),
        Gen.Choose(101, 100_000).Select(n => $"pageSize={n}"));

    private static readonly Gen<JsonNode?> WrongValue = Gen.Elements<Func<JsonNode?>>(
        () => JsonValue.Create(true), () => new JsonArray(1, 2), () => new JsonObject { ["x"] = 1 },
        () => JsonValue.Create("not a number"), () => JsonValue.Create(1e308)).Select(f => f());

    private sealed record BrokenBodyCase(byte[] Bytes, string Breaker);

    private static Gen<BrokenBodyCase> BrokenBody(JsonObject valid)
    {
        var text = valid.ToJsonString();
        var fields = valid.Select(p => p.Key).ToArray();
        var truncated = Gen.Choose(0, text.Length - 1).Select(n => Case(text[..n], "truncated json"));
        var notJson = Gen.Elements("", "nope", "<xml/>", "[", "{\"a\":}", "{'single':'quotes'}", "\u0000\u0001", "{}}")
            .Select(t => Case(t, "not json"));
        var wrongKind = Gen.Elements("[]", "\"text\"", "42", "null", "true", "[{}]").Select(t => Case(t, "wrong top-level kind"));
        var wrongType = Gen.Zip(Gen.Zip(Gen.Elements(fields), WrongValue), Noise).Select(x =>
            Case(With(valid, x.Item2, (x.Item1.Item1, x.Item1.Item2)), $"wrong type for {x.Item1.Item1}"));
        var stringFields = fields.Where(f => valid[f] is JsonValue v && v.GetValueKind() == JsonValueKind.String).ToArray();
        var hugeStrings = Gen.Zip(Gen.Zip(Gen.Choose(5_000, 200_000), Unicode), Noise).Select(x =>
            Case(With(valid, x.Item2, stringFields
                .Select(f => (f, (JsonNode?)JsonValue.Create(string.Concat(Enumerable.Repeat(x.Item1.Item2, (x.Item1.Item1 / x.Item1.Item2.Length) + 1)))))
                .ToArray()), "huge strings"));
        var tooLarge = Gen.Constant(Case($"{{\"pad\":\"{new string('x', 1_100_000)}\"}}", "over 1 MiB"));
        var cases = new List<(int, Gen<BrokenBodyCase>)> { (3, truncated), (2, notJson), (1, wrongKind), (4, wrongType), (1, tooLarge) };
        if (stringFields.Length > 0)
        {
            cases.Add((2, hugeStrings));
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
