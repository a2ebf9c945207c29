namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>
/// The index-backed half of a search. The database also indexes every 5-character substring of
/// each search column (migration SearchGrams): a term of 5 or more characters can only occur in a
/// row that holds all of its 5-grams, and those grams are rare even where trigrams are not (a
/// trigram index scans long posting lists once a table holds a million similar names). LIKE still
/// decides the match; this only narrows the rows it looks at.
/// </summary>
internal static class SearchGrams
{
    public const int Length = 5;

    /// <summary>SQL <c>search_grams_cover(text, term)</c>: every 5-gram of the term occurs in the text.</summary>
    public static bool Cover(string? text, string term) =>
        throw new NotSupportedException($"{nameof(SearchGrams)}.{nameof(Cover)} runs only in SQL queries.");
}
