using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Notifications;

/// <summary>The notification routes, as the tests call them.</summary>
internal static class NotificationRequests
{
    public static object Body(string type, Guid? id, string? title = null) => new
    {
        title = title ?? $"Notice {Guid.NewGuid():N}",
        body = "Room change: B12-204 from next week.",
        target = new { type, id },
    };

    public static async Task<HttpResponseMessage> SendAsync(Persona? sender, object body)
    {
        using var client = As(sender);
        return await client.PostAsJsonAsync("/api/notifications", body);
    }

    /// <summary>Sends as <paramref name="sender"/>, expecting 201; returns the new id and the recipient count.</summary>
    public static async Task<(long Id, int RecipientCount)> SentAsync(Persona sender, string type, Guid? id,
        string? title = null)
    {
        using var response = await SendAsync(sender, Body(type, id, title));
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var sent = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (sent.GetProperty("id").GetInt64(), sent.GetProperty("recipientCount").GetInt32());
    }

    public static async Task<JsonElement> MineAsync(Persona reader, string query = "")
    {
        using var client = As(reader);
        using var response = await client.GetAsync($"/api/me/notifications{query}");
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<HttpResponseMessage> MarkReadAsync(Persona? reader, object id)
    {
        using var client = As(reader);
        return await client.PostAsync($"/api/me/notifications/{id}/read", null);
    }

    public static IEnumerable<long> Ids(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(n => n.GetProperty("id").GetInt64());
}
