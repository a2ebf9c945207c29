using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>What a client does to store a file: ask for the form, then send the bytes with it straight to S3.</summary>
internal static class Uploads
{
    public static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    public static async Task<HttpResponseMessage> RequestAvatarUploadAsync(HttpClient client, Guid studentId, string name,
        string contentType, long size) =>
        await client.PostAsJsonAsync($"/api/students/{studentId}/avatar", new { name, contentType, size });

    /// <summary>Asks for an avatar's form and sends <paramref name="bytes"/> with it; returns the file's id and key.</summary>
    public static async Task<(Guid Id, string Key)> UploadAvatarAsync(HttpClient client, Guid studentId, byte[] bytes,
        long declaredSize, string contentType = "image/png", string name = "avatar.png")
    {
        using var response = await RequestAvatarUploadAsync(client, studentId, name, contentType, declaredSize);
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var stored = await PostFormAsync(body.GetProperty("upload"), bytes);
        stored.IsSuccessStatusCode.Should().BeTrue("S3 accepts the form's upload");
        return (body.GetProperty("file").GetProperty("id").GetGuid(),
            body.GetProperty("upload").GetProperty("fields").GetProperty("key").GetString()!);
    }

    /// <summary>What a browser's form does: every field of the form, then the file last.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(JsonElement upload, byte[] bytes)
    {
        using var form = new MultipartFormDataContent();
        foreach (var field in upload.GetProperty("fields").EnumerateObject())
        {
            form.Add(new StringContent(field.Value.GetString()!, Encoding.UTF8), field.Name);
        }

        form.Add(new ByteArrayContent(bytes), "file", "upload.bin");
        using var http = new HttpClient();
        return await http.PostAsync(upload.GetProperty("url").GetString(), form);
    }

    /// <summary>Waits until the storage's event has been judged: the file's status in the database is no longer pending.</summary>
    public static async Task<string> SettledStatusAsync(ApiHost host, Guid fileId)
    {
        string? status = null;
        await Eventually.HoldsAsync(async () =>
        {
            status = (string?)await Sql.ScalarAsync(host.ConnectionString, "SELECT status FROM files WHERE id = $1", fileId);
            return status is not (null or "Pending");
        }, "S3's object-created event reached the consumer through the queue");
        return status!;
    }
}
