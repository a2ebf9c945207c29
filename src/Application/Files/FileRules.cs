namespace CleanStudents.Application.Files;

/// <summary>What each kind of file may be (API.md, "File").</summary>
internal static class FileRules
{
    public static readonly IReadOnlyList<string> AvatarTypes = ["image/png", "image/jpeg", "image/webp"];

    public const long AvatarMaxSize = 2 * 1024 * 1024;
}
