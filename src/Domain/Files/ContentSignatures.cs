namespace CleanStudents.Domain.Files;

/// <summary>
/// The first bytes each allowed type starts with: a stored object whose bytes do not start so is not what its upload
/// declared, whatever content type it was sent with. A type without an entry here matches nothing (fail closed).
/// </summary>
public static class ContentSignatures
{
    /// <summary>How many leading bytes of an object the checks read.</summary>
    public const int HeadLength = 12;

    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] Riff = "RIFF"u8.ToArray();
    private static readonly byte[] Webp = "WEBP"u8.ToArray();
    private static readonly byte[] Pdf = "%PDF-"u8.ToArray();

    public static bool Matches(string contentType, ReadOnlySpan<byte> head) => contentType switch
    {
        "image/png" => head.StartsWith(Png),
        "image/jpeg" => head.StartsWith(Jpeg),
        // RIFF, the chunk's length (any), then WEBP.
        "image/webp" => head.StartsWith(Riff) && head.Length >= 12 && head[8..12].SequenceEqual(Webp),
        "application/pdf" => head.StartsWith(Pdf),
        _ => false,
    };
}
