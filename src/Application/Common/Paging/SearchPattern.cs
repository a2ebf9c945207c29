namespace CleanStudents.Application.Common.Paging;

/// <summary>Turns user search text into a LIKE pattern in which % and _ match literally.</summary>
public static class SearchPattern
{
    public const string EscapeCharacter = "\\";

    public static string Contains(string search)
    {
        var escaped = search.Trim().ToLowerInvariant()
            .Replace(EscapeCharacter, EscapeCharacter + EscapeCharacter, StringComparison.Ordinal)
            .Replace("%", EscapeCharacter + "%", StringComparison.Ordinal)
            .Replace("_", EscapeCharacter + "_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
