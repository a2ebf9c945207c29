namespace CleanStudents.Domain.Common;

/// <summary>Optional free text (a department, a description) is stored trimmed, or not at all.</summary>
public static class OptionalText
{
    public static string? Normalize(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
