namespace CleanStudents.Domain.Files;

/// <summary>
/// The first bytes each allowed type starts with: a stored object whose bytes do not start so is not what its upload
/// declared, whatever content type it was sent with. A type without an entry here matches nothing (fail closed).
/// </summary>
public static class ContentSignatures
{
    /// <summary>How many leading bytes of an object the checks read: a signature needs 12, plain text is judged on all of them.</summary>
    public const int HeadLength = 1024;

    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Pptx = "application/vnd.openxmlformats-officedocument.presentationml.presentation";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] Webp = "WEBP"u8.ToArray();
    private static readonly byte[] Gif87 = "GIF87a"u8.ToArray();
    private static readonly byte[] Gif89 = "GIF89a"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    // A zip archive's first local file header; the Office Open XML formats are zip archives.
    private static readonly byte[] Zip = [0x50, 0x4B, 0x03, 0x04];

    public static bool Matches(string contentType, ReadOnlySpan<byte> head) => contentType switch
    {
        "image/png" => head.StartsWith(Png),
        "image/jpeg" => head.StartsWith(Jpeg),
        // RIFF, the chunk's length (any), then WEBP.
        "image/webp" => head.StartsWith(Riff) && head.Length >= 12 && head[8..12].SequenceEqual(Webp),
        "image/gif" => head.StartsWith(Gif87) || head.StartsWith(Gif89),
        "application/pdf" => head.StartsWith(Pdf),
        "application/zip" or Docx or Pptx or Xlsx => head.StartsWith(Zip),
        // Text has no signature; a NUL byte is what text never holds and nearly every binary format does.
        "text/plain" => !head.IsEmpty && !head.Contains((byte)0),
        _ => false,
    };
}
