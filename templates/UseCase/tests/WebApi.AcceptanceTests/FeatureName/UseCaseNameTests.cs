using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
#if (isCommand)
using CleanStudents.WebApi.Contracts.FeatureName;
#endif
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.FeatureName;

/// <summary>UseCaseName through real HTTP; its route row puts it in the authorization matrix and the fuzzer.</summary>
public sealed class UseCaseNameTests : IAddsRoute
{
#if (isCommand)
    static ApiRoute IAddsRoute.Route { get; } = new("POST", "/api/featureroute/{studentId}/usecase-action", [Caller.Admin], """{"note":"fuzz"}""");
#else
    static ApiRoute IAddsRoute.Route { get; } = new("GET", "/api/featureroute/{studentId}/usecase-action", [Caller.Admin]);
#endif

    [Test]
    public async Task UseCaseName_answers_an_admin_and_does_its_work()
    {
        var student = await CreateStudentAsync();
        var id = student.GetProperty("id").GetString();
        using var admin = As(Admin);

        using var response = await SendAsync(admin, id);

        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString().Should().Be(id);
        Assert.Fail("UseCaseName: check here what the use case changed or answered (through the API or the database), then delete this line.");
    }

    [Test]
    public async Task UseCaseName_of_an_unknown_id_is_404()
    {
        using var admin = As(Admin);

        using var response = await SendAsync(admin, Guid.NewGuid());

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, object? id) =>
#if (isCommand)
        client.PostAsJsonAsync($"/api/featureroute/{id}/usecase-action", UseCaseNameRequest.Example);
#else
        client.GetAsync($"/api/featureroute/{id}/usecase-action");
#endif
}
