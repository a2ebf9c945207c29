namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>Turns user search text into a LIKE pattern in which % and _ match literally.</summary>
internal static class SearchPattern
{
    public const string EscapeCharacter = "\\";

    /// <summary>The text a search looks for, as the lower-cased search columns hold it.</summary>
    public static string Term(string search) => search.Trim().ToLowerInvariant();

    public static string Contains(string search)
    {
        var escaped = Term(search)
            .Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
            .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal)
            .Replace("_", EscapeCharacter + "_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
