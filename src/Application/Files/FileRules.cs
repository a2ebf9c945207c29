using CleanStudents.Domain.Files;

namespace CleanStudents.Application.Files;

/// <summary>What each kind of file may be (API.md, "File").</summary>
internal static class FileRules
{
    public static readonly IReadOnlyList<string> AvatarTypes = ["image/png", "image/jpeg", "image/webp"];

    public const long AvatarMaxSize = 2 * 1024 * 1024;

    /// <summary>
    /// The contract's <c>image/*</c> is the image types whose bytes the upload consumer can check: any other could
    /// never become available, so it is refused before a form exists (docs/adr/0207).
    /// </summary>
    public static readonly IReadOnlyList<string> MaterialTypes =
    [
        "application/pdf", ContentSignatures.Docx, ContentSignatures.Pptx, ContentSignatures.Xlsx, "text/plain",
        "application/zip", "image/png", "image/jpeg", "image/webp", "image/gif",
    ];

    public const long MaterialMaxSize = 50 * 1024 * 1024;

    /// <summary>A class's materials, pending or available (a rejected upload holds no place).</summary>
    public const int MaterialsPerClass = 200;
}
