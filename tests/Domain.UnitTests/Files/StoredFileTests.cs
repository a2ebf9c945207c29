using CleanStudents.Domain.Files;

namespace CleanStudents.Domain.UnitTests.Files;

public sealed class StoredFileTests
{
    private static readonly byte[] PngHead = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D];

    [Test]
    public void Bytes_of_the_declared_type_and_at_most_the_declared_size_make_it_available()
    {
        var file = Avatar("image/png", declaredSize: 100);

        file.Check(80, "image/png", PngHead).Should().Be(FileStatus.Available);

        file.Size.Should().Be(80);
    }

    [TestCase(101, "image/png", TestName = "More bytes than declared")]
    [TestCase(0, "image/png", TestName = "No bytes")]
    [TestCase(80, "image/jpeg", TestName = "Stored with another content type")]
    [TestCase(80, null, TestName = "Stored without a content type")]
    public void Anything_else_is_rejected(long storedSize, string? storedType) =>
        Avatar("image/png", declaredSize: 100).Check(storedSize, storedType, PngHead).Should().Be(FileStatus.Rejected);

    [Test]
    public void A_rejected_file_stays_rejected_whatever_arrives_later()
    {
        var file = Avatar("image/png", declaredSize: 10);
        file.Check(20_000, "image/png", PngHead);

        file.Check(10, "image/png", PngHead).Should().Be(FileStatus.Rejected);
    }

    [TestCase("image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [TestCase("image/jpeg", new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [TestCase("image/webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50 })]
    [TestCase("application/pdf", new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [TestCase("image/gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 })]
    [TestCase("image/gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x37, 0x61 })]
    [TestCase("application/zip", new byte[] { 0x50, 0x4B, 0x03, 0x04, 0x14, 0 })]
    [TestCase(ContentSignatures.Docx, new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [TestCase(ContentSignatures.Pptx, new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [TestCase(ContentSignatures.Xlsx, new byte[] { 0x50, 0x4B, 0x03, 0x04 })]
    [TestCase("text/plain", new byte[] { 0x48, 0x69, 0x0A, 0xC3, 0xA9, 0x09 })]
    public void Each_type_is_known_by_its_first_bytes(string contentType, byte[] head) =>
        ContentSignatures.Matches(contentType, head).Should().BeTrue();

    [TestCase("image/png", new byte[] { 0x89, 0x50, 0x4E, 0x47 })]
    [TestCase("image/jpeg", new byte[] { 0xFF, 0xD8 })]
    [TestCase("image/webp", new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x41, 0x56, 0x49, 0x20 })]
    [TestCase("application/pdf", new byte[] { 0x25, 0x21, 0x50, 0x53 })]
    [TestCase("image/gif", new byte[] { 0x47, 0x49, 0x46, 0x38, 0x38, 0x61 })]
    [TestCase("application/zip", new byte[] { 0x50, 0x4B, 0x05, 0x06 })]
    [TestCase(ContentSignatures.Docx, new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 })]
    [TestCase("text/plain", new byte[] { 0x48, 0x69, 0x00, 0x21 })]
    [TestCase("text/plain", new byte[] { })]
    [TestCase("image/svg+xml", new byte[] { 0x3C, 0x73, 0x76, 0x67 })]
    public void Other_bytes_or_a_type_without_a_signature_match_nothing(string contentType, byte[] head) =>
        ContentSignatures.Matches(contentType, head).Should().BeFalse();

    [Test]
    public void The_owner_decides_the_key_prefix()
    {
        var (id, classId, studentId) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var material = StoredFile.Upload(id, FileOwner.Class(classId), " notes.pdf ", "application/pdf", 10, "sub", DateTimeOffset.UnixEpoch);
        var avatar = StoredFile.Upload(id, FileOwner.Student(studentId), "me.png", "image/png", 10, "sub", DateTimeOffset.UnixEpoch);

        (material.Key, material.ClassId, material.StudentId, material.Name).Should().Be(($"materials/{classId}/{id}", classId, null, "notes.pdf"));
        (avatar.Key, avatar.StudentId, avatar.ClassId).Should().Be(($"avatars/{studentId}/{id}", studentId, null));
    }

    private static StoredFile Avatar(string contentType, long declaredSize) =>
        StoredFile.Upload(Guid.NewGuid(), FileOwner.Student(Guid.NewGuid()), "me.png", contentType, declaredSize, "sub", DateTimeOffset.UnixEpoch);
}
