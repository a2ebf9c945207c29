using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>Requests that carry a precondition, and the reads tests make to check a resource.</summary>
internal static class Requests
{
    public static HttpRequestMessage Put(string path, JsonObject body, string? ifMatch = null) =>
        WithIfMatch(new HttpRequestMessage(HttpMethod.Put, path) { Content = JsonContent.Create(body) }, ifMatch);

    public static HttpRequestMessage Delete(string path, string? ifMatch = null) =>
        WithIfMatch(new HttpRequestMessage(HttpMethod.Delete, path), ifMatch);

    /// <summary>The resource and its ETag, read by an admin.</summary>
    public static async Task<(JsonElement Body, string ETag)> ReadAsync(string path)
    {
        using var admin = Api.As(Api.Admin);
        using var response = await admin.GetAsync(path);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(), response.Headers.ETag!.Tag);
    }

    /// <summary>A list page, read by <paramref name="who"/> (an admin when not given).</summary>
    public static async Task<JsonElement> ListAsync(string pathAndQuery, Persona? who = null)
    {
        using var client = Api.As(who ?? Api.Admin);
        using var response = await client.GetAsync(pathAndQuery);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static IEnumerable<string> Values(this JsonElement page, string field) =>
        page.GetProperty("items").EnumerateArray().Select(item => item.GetProperty(field).ToString());

    private static HttpRequestMessage WithIfMatch(HttpRequestMessage request, string? ifMatch)
    {
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return request;
    }
}
