using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Paging;

public static class SearchPage
{
    /// <summary>
    /// Pages a search with an exact total from one index scan when it can: most searches look
    /// for someone and match a handful of rows, so the first <see cref="Paging.MaxPageSize"/> + 1
    /// matches are read in one statement, and when that is all of them their number is the
    /// total. Only a broader search, or a page beyond them, counts separately.
    /// </summary>
    public static async Task<PagedList<T>> ToSearchPagedListAsync<T>(this IQueryable<T> ordered, IPagedQuery query,
        Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var skipped = (query.Page - 1) * query.PageSize;
        if (skipped + query.PageSize > Paging.MaxPageSize)
        {
            return await ordered.ToPagedListAsync(query, count, cancellationToken);
        }

        var head = await ordered.Take(Paging.MaxPageSize + 1).ToListAsync(cancellationToken);
        var items = head.Skip(skipped).Take(query.PageSize).ToList();
        var totalCount = head.Count <= Paging.MaxPageSize ? head.Count : await count(cancellationToken);
        return new PagedList<T>(items, query.Page, query.PageSize, totalCount);
    }
}
