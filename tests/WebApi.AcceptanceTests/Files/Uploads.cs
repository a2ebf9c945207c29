using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Web;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>What a client does to store a file: ask for the form, then send the bytes with it straight to S3.</summary>
internal static class Uploads
{
    public static readonly byte[] Png = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    public static string AvatarPath(Guid studentId) => $"/api/students/{studentId}/avatar";

    public static string MaterialsPath(Guid classId) => $"/api/classes/{classId}/materials";

    /// <summary>Asks the owner's upload route (<paramref name="path"/>) for a form.</summary>
    public static async Task<HttpResponseMessage> RequestUploadAsync(HttpClient client, string path, string name,
        string contentType, long size) =>
        await client.PostAsJsonAsync(path, new { name, contentType, size });

    public static Task<HttpResponseMessage> RequestAvatarUploadAsync(HttpClient client, Guid studentId, string name,
        string contentType, long size) =>
        RequestUploadAsync(client, AvatarPath(studentId), name, contentType, size);

    /// <summary>Asks <paramref name="path"/> for a form and sends <paramref name="bytes"/> with it; returns the file's id and key.</summary>
    public static async Task<(Guid Id, string Key)> UploadAsync(HttpClient client, string path, byte[] bytes,
        long declaredSize, string contentType, string name)
    {
        using var response = await RequestUploadAsync(client, path, name, contentType, declaredSize);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        using var stored = await PostFormAsync(body.GetProperty("upload"), bytes);
        stored.IsSuccessStatusCode.Should().BeTrue("S3 accepts the form's upload");
        return (body.GetProperty("file").GetProperty("id").GetGuid(),
            body.GetProperty("upload").GetProperty("fields").GetProperty("key").GetString()!);
    }

    public static Task<(Guid Id, string Key)> UploadAvatarAsync(HttpClient client, Guid studentId, byte[] bytes,
        long declaredSize, string contentType = "image/png", string name = "avatar.png") =>
        UploadAsync(client, AvatarPath(studentId), bytes, declaredSize, contentType, name);

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

    /// <summary>The bytes behind a presigned link, fetched as a browser would (no token: the link is the right).</summary>
    public static async Task<byte[]> DownloadAsync(Uri url)
    {
        using var http = new HttpClient();
        return await http.GetByteArrayAsync(url);
    }

    /// <summary>
    /// The <c>Content-Disposition</c> a presigned link makes S3 answer with (the emulator ignores the override, so it
    /// is read from the link).
    /// </summary>
    public static string DispositionOf(Uri url) => HttpUtility.ParseQueryString(url.Query)["response-content-disposition"]!;

    /// <summary>The name a browser saves the download under: the disposition's UTF-8 <c>filename*</c>, decoded.</summary>
    public static string SavedNameOf(Uri url)
    {
        var disposition = DispositionOf(url);
        disposition.Should().ContainEquivalentOf("filename*=UTF-8''");
        return Uri.UnescapeDataString(disposition[(disposition.IndexOf("UTF-8''", StringComparison.OrdinalIgnoreCase) + 7)..]);
    }

    /// <summary>The presigned link a download route answers.</summary>
    public static async Task<Uri> DownloadLinkAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        await response.ShouldHaveStatusAsync(HttpStatusCode.OK);
        return new Uri((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("url").GetString()!);
    }
}
