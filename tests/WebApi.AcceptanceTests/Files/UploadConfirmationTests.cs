using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.WebApi.AcceptanceTests.Support;
using Microsoft.Extensions.DependencyInjection;
using static CleanStudents.WebApi.AcceptanceTests.Files.Uploads;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>S3's object-created events, through the host's queue, decide whether an upload becomes available.</summary>
public sealed class UploadConfirmationTests
{
    [Test]
    public async Task An_avatar_sent_with_its_form_becomes_available_through_the_queue_and_is_tagged_available()
    {
        using var admin = As(Admin);
        var studentId = (await CreateStudentAsync()).Id();

        var (id, key) = await UploadAvatarAsync(admin, studentId, Png, Png.Length);

        (await SettledStatusAsync(Host, id)).Should().Be("Available");
        (await ScalarAsync("SELECT size FROM files WHERE id = $1", id)).Should().Be((long)Png.Length);
        (await Host.Bucket.HoldsAsync(key)).Should().BeTrue();
        // Retagged from the form's status=pending, so the bucket's lifecycle rule that expires pending uploads keeps it.
        (await Host.Bucket.TagsAsync(key)).Should().Contain("status", "available");
    }

    [Test]
    public async Task A_file_that_lied_about_its_size_is_rejected_and_its_object_deleted()
    {
        using var admin = As(Admin);
        var studentId = (await CreateStudentAsync()).Id();

        // The emulator does not enforce the form's content-length-range; S3 would refuse these bytes itself.
        var (id, key) = await UploadAvatarAsync(admin, studentId, PngOf(20_000), declaredSize: 10);

        (await SettledStatusAsync(Host, id)).Should().Be("Rejected");
        (await ScalarAsync("SELECT size FROM files WHERE id = $1", id)).Should().Be(20_000L);
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the rejected object was deleted");
    }

    [TestCase("image/png", new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0, 1, 0 })]
    [TestCase("image/jpeg", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A })]
    [TestCase("image/webp", new byte[] { (byte)'R', (byte)'I', (byte)'F', (byte)'F', 4, 0, 0, 0, (byte)'A', (byte)'V', (byte)'I', (byte)' ' })]
    public async Task Bytes_that_do_not_start_as_the_declared_type_does_are_rejected(string contentType, byte[] bytes)
    {
        using var admin = As(Admin);
        var studentId = (await CreateStudentAsync()).Id();

        var (id, key) = await UploadAvatarAsync(admin, studentId, bytes, bytes.Length, contentType);

        (await SettledStatusAsync(Host, id)).Should().Be("Rejected");
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the rejected object was deleted");
    }

    [Test]
    public async Task S3s_test_event_and_duplicate_events_change_nothing()
    {
        var rejections = new ConcurrentQueue<BusinessMetric>();
        // A host of its own: its queue saw S3's test event when its bucket was configured, and nothing else may land there.
        var host = new ApiHost(Stack, await TestDatabase.CreateAsync("upload_duplicates"),
            services: s => s.AddSingleton<IBusinessMetrics>(new RecordingMetrics(rejections)));
        try
        {
            host.Start();
            using var admin = host.CreateHttpClient(Admin.AccessToken);
            var studentId = await CreateStudentOnAsync(admin);
            var (good, goodKey) = await UploadAvatarAsync(admin, studentId, Png, Png.Length);
            var (liar, liarKey) = await UploadAvatarAsync(admin, studentId, PngOf(5_000), declaredSize: 100);
            (await SettledStatusAsync(host, good)).Should().Be("Available");
            (await SettledStatusAsync(host, liar)).Should().Be("Rejected");
            var versions = await VersionsAsync(host, good, liar);

            using var sqs = await TestQueue.ClientAsync();
            foreach (var body in new[] { CreatedEvent(host.Bucket, goodKey), CreatedEvent(host.Bucket, liarKey), TestEvent(host.Bucket) })
            {
                await sqs.SendMessageAsync(host.Queue.Url, body);
            }

            await Eventually.HoldsAsync(async () => await TestQueue.DepthAsync(host.Queue.Url) == 0, "the consumer took every event");
            (await TestQueue.DepthAsync(host.Queue.DeadLetterUrl)).Should().Be(0, "S3's test events and the duplicates are handled, not dead-lettered");
            (await VersionsAsync(host, good, liar)).Should().Equal(versions, "no row was written again");
            (await host.Bucket.HoldsAsync(goodKey)).Should().BeTrue();
            (await host.Bucket.HoldsAsync(liarKey)).Should().BeFalse();
            rejections.Count(m => m == BusinessMetric.FilesRejected).Should().Be(1, "the one liar is counted once, not once per event");
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }

    private static byte[] PngOf(int size)
    {
        var bytes = new byte[size];
        Png.CopyTo(bytes, 0);
        return bytes;
    }

    private static async Task<Guid> CreateStudentOnAsync(HttpClient admin)
    {
        using var response = await admin.PostAsJsonAsync("/api/students", StudentBodies.New());
        await response.ShouldHaveStatusAsync(System.Net.HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).Id();
    }

    private static async Task<List<object?>> VersionsAsync(ApiHost host, params Guid[] ids)
    {
        var versions = new List<object?>();
        foreach (var id in ids)
        {
            versions.Add(await Sql.ScalarAsync(host.ConnectionString, "SELECT xmin::text FROM files WHERE id = $1", id));
        }

        return versions;
    }

    /// <summary>S3's object-created notification as it arrives on the queue (key form-encoded, as S3 sends it).</summary>
    private static string CreatedEvent(TestBucket bucket, string key) => new JsonObject
    {
        ["Records"] = new JsonArray(new JsonObject
        {
            ["eventVersion"] = "2.1",
            ["eventSource"] = "aws:s3",
            ["eventName"] = "ObjectCreated:Post",
            ["s3"] = new JsonObject
            {
                ["bucket"] = new JsonObject { ["name"] = bucket.Name },
                ["object"] = new JsonObject { ["key"] = System.Net.WebUtility.UrlEncode(key) },
            },
        }),
    }.ToJsonString();

    private static string TestEvent(TestBucket bucket) =>
        new JsonObject { ["Service"] = "Amazon S3", ["Event"] = "s3:TestEvent", ["Bucket"] = bucket.Name }.ToJsonString();

    private sealed class RecordingMetrics(ConcurrentQueue<BusinessMetric> counted) : IBusinessMetrics
    {
        public void Count(BusinessMetric metric, int count = 1) => counted.Enqueue(metric);
    }
}
