using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence.Lists;

internal static class SearchFilter
{
    /// <summary>
    /// Keeps the rows whose search column contains <paramref name="search"/>, ignoring case; no
    /// search keeps every row. Works for any table with a <see cref="SearchColumns.Text"/> column.
    /// </summary>
    public static IQueryable<T> MatchingSearch<T>(this IQueryable<T> source, string? search)
        where T : class
    {
        if (string.IsNullOrWhiteSpace(search))
        {
            return source;
        }

        var term = SearchPattern.Term(search);
        if (term.Length >= SearchGrams.Length)
        {
            source = source.Where(row => SearchGrams.Cover(EF.Property<string>(row, SearchColumns.Text), term));
        }

        var pattern = SearchPattern.Contains(search);
        return source.Where(row =>
            EF.Functions.Like(EF.Property<string>(row, SearchColumns.Text), pattern, SearchPattern.EscapeCharacter));
    }
}
