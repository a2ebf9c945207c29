using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using CleanStudents.Domain.Files;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Files.Uploads;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Files;

/// <summary>Class materials: uploaded straight to S3 with the form, confirmed through the queue, refused where the contract says.</summary>
public sealed class MaterialUploadTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n% week one\n%%EOF\n");
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0, 8, 0, 0x21, 0];

    [Test]
    public async Task The_lecturer_uploads_a_material_straight_to_s3_and_it_becomes_available_through_the_queue()
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);

        using var response = await RequestUploadAsync(teacher, room.Materials, "Week 1.pdf", "application/pdf", Pdf.Length);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        var file = body.GetProperty("file");
        file.GetProperty("status").GetString().Should().Be("pending");
        file.GetProperty("uploadedBy").GetString().Should().Be(room.Teacher.Sub);
        var upload = body.GetProperty("upload");
        var key = upload.GetProperty("fields").GetProperty("key").GetString()!;
        key.Should().Be($"materials/{room.ClassId}/{file.GetProperty("id").GetGuid()}");
        using var stored = await PostFormAsync(upload, Pdf);
        stored.IsSuccessStatusCode.Should().BeTrue();

        (await SettledStatusAsync(Host, file.GetProperty("id").GetGuid())).Should().Be("Available");
        (await Host.Bucket.TagsAsync(key)).Should().Contain("status", "available");
    }

    [TestCase("notes.txt", "text/plain", new byte[] { (byte)'H', (byte)'i', 0x0A, 0xC3, 0xA9, 0x09 })]
    [TestCase("handout.docx", ContentSignatures.Docx, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0 })]
    [TestCase("slides.pptx", ContentSignatures.Pptx, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0 })]
    [TestCase("marks.xlsx", ContentSignatures.Xlsx, new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0, 6, 0 })]
    [TestCase("code.zip", "application/zip", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x0A, 0, 0, 0 })]
    [TestCase("diagram.gif", "image/gif", new byte[] { (byte)'G', (byte)'I', (byte)'F', (byte)'8', (byte)'9', (byte)'a', 1, 0 })]
    [TestCase("photo.png", "image/png", new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0 })]
    public async Task Each_allowed_type_whose_bytes_start_as_it_does_becomes_available(string name, string contentType, byte[] bytes)
    {
        var room = await Classroom.CreateAsync();
        using var admin = As(Admin);

        var (id, _) = await UploadAsync(admin, room.Materials, bytes, bytes.Length, contentType, name);

        (await SettledStatusAsync(Host, id)).Should().Be("Available");
    }

    [TestCase("text/plain", new byte[] { (byte)'M', (byte)'Z', 0x90, 0, 3, 0 }, TestName = "Binary bytes declared as text")]
    [TestCase(ContentSignatures.Docx, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, TestName = "A PDF declared as a docx")]
    [TestCase("application/pdf", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 }, TestName = "A zip declared as a PDF")]
    public async Task Bytes_that_are_not_what_was_declared_are_rejected_and_deleted(string contentType, byte[] bytes)
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);

        var (id, key) = await UploadAsync(teacher, room.Materials, bytes, bytes.Length, contentType, "upload");

        (await SettledStatusAsync(Host, id)).Should().Be("Rejected");
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the rejected object was deleted");
    }

    [Test]
    public async Task A_material_that_lied_about_its_size_is_rejected_and_deleted()
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);
        var bytes = Pdf.Concat(new byte[20_000]).ToArray();

        // The emulator does not enforce the form's content-length-range; S3 would refuse these bytes itself.
        var (id, key) = await UploadAsync(teacher, room.Materials, bytes, declaredSize: 10, "application/pdf", "small.pdf");

        (await SettledStatusAsync(Host, id)).Should().Be("Rejected");
        await Eventually.HoldsAsync(async () => !await Host.Bucket.HoldsAsync(key), "the rejected object was deleted");
    }

    [TestCase("page.html", "text/html", 100, "contentType")]
    [TestCase("drawing.svg", "image/svg+xml", 100, "contentType")]
    [TestCase("setup.exe", "application/x-msdownload", 100, "contentType")]
    [TestCase("huge.pdf", "application/pdf", 50L * 1024 * 1024 + 1, "size")]
    [TestCase("empty.pdf", "application/pdf", 0, "size")]
    [TestCase("", "application/pdf", 100, "name")]
    public async Task A_wrong_type_size_or_name_is_400_before_any_url(string name, string contentType, long size, string field)
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);

        using var response = await RequestUploadAsync(teacher, room.Materials, name, contentType, size);

        (await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest)).ErrorFields().Should().Equal(field);
    }

    [Test]
    public async Task Fifty_mebibytes_is_allowed()
    {
        var room = await Classroom.CreateAsync();
        using var teacher = As(room.Teacher);

        using var response = await RequestUploadAsync(teacher, room.Materials, "big.zip", "application/zip", 50L * 1024 * 1024);

        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task Only_the_classs_own_lecturer_or_an_admin_may_upload()
    {
        var room = await Classroom.CreateAsync();
        var other = await Classroom.CreateAsync();

        foreach (var caller in new[] { other.Teacher, room.Pupil, Lecturer, Student })
        {
            using var client = As(caller);
            using var response = await RequestUploadAsync(client, room.Materials, "a.pdf", "application/pdf", 10);
            await response.ShouldBeProblemAsync(HttpStatusCode.Forbidden);
        }

        using var admin = As(Admin);
        using var allowed = await RequestUploadAsync(admin, room.Materials, "a.pdf", "application/pdf", 10);
        await allowed.ShouldHaveStatusAsync(HttpStatusCode.Created);
    }

    [Test]
    public async Task An_unknown_class_is_404()
    {
        using var admin = As(Admin);

        using var response = await RequestUploadAsync(admin, MaterialsPath(Guid.NewGuid()), "a.pdf", "application/pdf", 10);

        await response.ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Test]
    public async Task The_two_hundred_and_first_upload_request_is_409_and_rejected_uploads_hold_no_place()
    {
        var room = await Classroom.CreateAsync();
        await room.SeedFilesAsync(150, "Available");
        await room.SeedFilesAsync(49, "Pending");
        await room.SeedFilesAsync(3, "Rejected");
        using var teacher = As(room.Teacher);

        using var last = await RequestUploadAsync(teacher, room.Materials, "200th.zip", "application/zip", Zip.Length);
        using var tooMany = await RequestUploadAsync(teacher, room.Materials, "201st.zip", "application/zip", Zip.Length);

        await last.ShouldHaveStatusAsync(HttpStatusCode.Created);
        await tooMany.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        (await ScalarAsync("SELECT count(*) FROM files WHERE class_id = $1", room.ClassId)).Should().Be(203L);
    }

    [Test]
    public async Task Racing_requests_for_the_last_place_get_exactly_one_form()
    {
        var room = await Classroom.CreateAsync();
        await room.SeedFilesAsync(199, "Available");
        using var teacher = As(room.Teacher);

        var responses = await Task.WhenAll(Enumerable.Range(0, 4)
            .Select(_ => RequestUploadAsync(teacher, room.Materials, "race.zip", "application/zip", Zip.Length)));

        responses.Select(r => r.StatusCode).Should().BeEquivalentTo(
            [HttpStatusCode.Created, HttpStatusCode.Conflict, HttpStatusCode.Conflict, HttpStatusCode.Conflict]);
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }
}
