using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Paging;

public static class QueryableExtensions
{
    public static async Task<PagedList<T>> ToPagedListAsync<T>(this IQueryable<T> ordered, IPageRequest query,
        Func<CancellationToken, Task<int>> count, CancellationToken cancellationToken)
    {
        var items = await ordered.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var totalCount = await count(cancellationToken);
        return new PagedList<T>(items, query.Page, query.PageSize, totalCount);
    }
}
