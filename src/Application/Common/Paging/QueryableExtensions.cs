using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Paging;

public static class QueryableExtensions
{
    /// <summary>
    /// Reads one page, then the total. A page that is not full, and holds rows or is the first,
    /// ends the list, so its total is known without counting (most searches end on page 1).
    /// </summary>
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, IPagedQuery query,
        Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var skipped = (query.Page - 1) * query.PageSize;
        var items = await ordered.Skip(skipped).Take(query.PageSize).ToListAsync(cancellationToken);
        var endsHere = items.Count < query.PageSize && (items.Count > 0 || query.Page == 1);
        var totalCount = endsHere ? skipped + items.Count : await count(cancellationToken);
        return new PagedList<T>(items, query.Page, query.PageSize, totalCount);
    }
}
