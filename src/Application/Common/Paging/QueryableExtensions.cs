using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Paging;

public static class QueryableExtensions
{
    /// <summary>
    /// Reads one page, then the total. A page that is not full, and holds rows or is the first,
    /// ends the list, so its total is known without counting (most searches end on page 1).
    /// </summary>
    public static Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, IPageRequest query,
        Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken) =>
        query.ReadPagedListAsync((skip, take, ct) => ordered.Skip(skip).Take(take).ToListAsync(ct), count, cancellationToken);

    /// <summary>As <see cref="ToPagedListAsync{T}"/>, with the page read by <paramref name="readPage"/>(skip, take).</summary>
    public static async Task<PagedList<T>> ReadPagedListAsync<T>(this IPageRequest query,
        Func<int, int, CancellationToken, Task<List<T>>> readPage, Func<CancellationToken, Task<int>> count,
        CancellationToken cancellationToken)
    {
        var skipped = (query.Page - 1) * query.PageSize;
        var items = await readPage(skipped, query.PageSize, cancellationToken);
        var endsHere = items.Count < query.PageSize && (items.Count > 0 || query.Page == 1);
        var totalCount = endsHere ? skipped + items.Count : await count(cancellationToken);
        return new PagedList<T>(items, query.Page, query.PageSize, totalCount);
    }

    /// <summary>
    /// One page of a list query: rows matching its search, in its sort order, projected to
    /// <typeparamref name="TDto"/>, with the total count of matching rows.
    /// </summary>
    public static Task<PagedList<TDto>> ToPageAsync<T, TDto>(this IQueryable<T> source, IPagedQuery query,
        SortOrder<T> sortOrder, Expression<Func<T, TDto>> projection, CancellationToken cancellationToken)
        where T : class
    {
        var matching = source.MatchingSearch(query.Search);
        return sortOrder.Apply(matching, query.Sort).Select(projection)
            .ToPagedListAsync(query, matching.CountAsync, cancellationToken);
    }
}
