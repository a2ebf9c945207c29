using System.Net;
using System.Text;
using CleanStudents.WebApi.AcceptanceTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests.Security;

/// <summary>
/// API.md's "who may call" column, checked exactly: each caller in the allowed set gets past
/// authorization (neither 401 nor the route's refusal, and never a 5xx); each other caller gets 401
/// (anonymous) or the refusal (403, or 404 where the contract hides existence).
/// Generated from <see cref="RouteTable"/>; only routes in the app's OpenAPI document are called.
/// </summary>
public sealed class AuthorizationMatrixTests
{
    [Test]
    public async Task Every_documented_route_answers_exactly_its_allowed_callers()
    {
        var routes = await RouteWorld.PresentRoutesAsync();
        routes.Should().Contain(r => r.Template == "/api/students", "the students routes are present on every branch");

        (await MismatchesAsync(routes, Api.As)).Should().BeEmpty();
    }

    /// <summary>
    /// Every route called as every caller through <paramref name="clientAs"/>, a fresh <see cref="RouteWorld"/> per
    /// route: what differs from the table. The published-app tests run it against the Lambda artifact as well.
    /// </summary>
    internal static async Task<IReadOnlyList<string>> MismatchesAsync(IReadOnlyList<ApiRoute> routes, Func<Persona?, HttpClient> clientAs)
    {
        var failures = new List<string>();
        foreach (var route in routes)
        {
            var world = await RouteWorld.CreateAsync();
            // Refused callers first: an allowed DELETE must not hide a missing refusal behind a 404.
            foreach (var caller in Enum.GetValues<Caller>().OrderBy(c => route.Allowed.Contains(c)))
            {
                var status = await CallAsync(clientAs, world, route, caller);
                var expected = route.Allowed.Contains(caller) ? "allowed"
                    : caller == Caller.Anonymous ? "401" : Refusal(route);
                var actual = (int)status >= 500 ? "5xx"
                    : status == HttpStatusCode.Unauthorized ? "401"
                    : status == route.RefusedWith ? Refusal(route)
                    : "allowed";
                if (actual != expected)
                {
                    failures.Add($"{route} as {caller}: expected {expected}, got {(int)status}");
                }
            }
        }

        TestContext.Out.WriteLine($"Matrix: {routes.Count} routes x {Enum.GetValues<Caller>().Length} callers: {string.Join(", ", routes)}");
        return failures;
    }

    private static string Refusal(ApiRoute route) => ((int)route.RefusedWith).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<HttpStatusCode> CallAsync(Func<Persona?, HttpClient> clientAs, RouteWorld world, ApiRoute route, Caller caller)
    {
        using var client = clientAs(world.PersonaOf(caller));
        using var request = new HttpRequestMessage(new HttpMethod(route.Method), world.Fill(route.Template));
        if (route.Body is not null)
        {
            request.Content = new StringContent(world.Fill(route.Body), Encoding.UTF8, "application/json");
        }

        using var response = await client.SendAsync(request);
        return response.StatusCode;
    }
}
