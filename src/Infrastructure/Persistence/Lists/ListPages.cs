using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using CleanStudents.Application.Common.Paging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>
/// Every list's pages, one path with the measured fast paths inside (docs/adr/0011-one-paging-path.md): an
/// unsearched page of a table list is a compiled query, and its total a kept counter where the database keeps
/// one; a search is narrowed by 5-grams and reads its first matches in one statement.
/// </summary>
internal sealed class ListPages(ApplicationDbContext db, IServiceProvider services) : IListPages
{
    // One compiled query per table list, keyed by its definition (a static field), shared by every context.
    private static readonly ConcurrentDictionary<object, object> CompiledQueries = new(ReferenceEqualityComparer.Instance);

    public Task<PagedList<TDto>> ReadAsync<T, TFilter, TDto>(ListDefinition<T, TFilter, TDto> list, TFilter filter,
        IPageRequest query, CancellationToken cancellationToken)
        where T : class
    {
        var (search, sort) = query is IPagedQuery paged ? (paged.Search, paged.Sort) : (null, null);
        if (!string.IsNullOrWhiteSpace(search))
        {
            return SearchAsync(list, Rows(list, filter).MatchingSearch(search), sort, query, cancellationToken);
        }

        // Counting rows grows with the table; a total the database keeps does not. The rows are built only when
        // counted: the compiled page does not need them.
        Func<CancellationToken, Task<int>> total = services.GetService<IKeptTotal<T, TFilter>>() is { } kept
            ? ct => kept.CountAsync(filter, ct)
            : ct => Rows(list, filter).CountAsync(ct);
        return list.TableFilter is null
            ? PageAsync(query, Read(list.Project(list.Order(Rows(list, filter), sort), db)), total, cancellationToken)
            : PageAsync(query, (skip, take, ct) => Compiled(list).ReadAsync(db, filter, sort, skip, take, ct), total, cancellationToken);
    }

    /// <summary>
    /// Most searches look for someone and match a handful of rows, so the first <see cref="Paging.MaxPageSize"/> + 1
    /// matches are read in one statement, and when that is all of them their number is the total. Only a broader
    /// search, or a page beyond them, counts separately.
    /// </summary>
    private async Task<PagedList<TDto>> SearchAsync<T, TFilter, TDto>(ListDefinition<T, TFilter, TDto> list, IQueryable<T> matches,
        string? sort, IPageRequest query, CancellationToken cancellationToken)
        where T : class
    {
        var ordered = list.Project(list.Order(matches, sort), db);
        var skipped = Skipped(query);
        if (skipped + query.PageSize > Paging.MaxPageSize)
        {
            return await PageAsync(query, Read(ordered), matches.CountAsync, cancellationToken);
        }

        var head = await ordered.Take(Paging.MaxPageSize + 1).ToListAsync(cancellationToken);
        var items = head.Skip(skipped).Take(query.PageSize).ToList();
        var totalCount = head.Count <= Paging.MaxPageSize ? head.Count : await matches.CountAsync(cancellationToken);
        return new PagedList<TDto>(items, query.Page, query.PageSize, totalCount);
    }

    /// <summary>
    /// Reads one page, then the total. A page that is not full, and holds rows or is the first, ends the list, so
    /// its total is known without counting (most lists end on page 1).
    /// </summary>
    private static async Task<PagedList<TDto>> PageAsync<TDto>(IPageRequest query, Func<int, int, CancellationToken, Task<List<TDto>>> readPage,
        Func<CancellationToken, Task<int>> total, CancellationToken cancellationToken)
    {
        var skipped = Skipped(query);
        var items = await readPage(skipped, query.PageSize, cancellationToken);
        var endsHere = items.Count < query.PageSize && (items.Count > 0 || query.Page == 1);
        var totalCount = endsHere ? skipped + items.Count : await total(cancellationToken);
        return new PagedList<TDto>(items, query.Page, query.PageSize, totalCount);
    }

    private static int Skipped(IPageRequest query) => (query.Page - 1) * query.PageSize;

    private static Func<int, int, CancellationToken, Task<List<TDto>>> Read<TDto>(IQueryable<TDto> ordered) =>
        (skip, take, ct) => ordered.Skip(skip).Take(take).ToListAsync(ct);

    private IQueryable<T> Rows<T, TFilter, TDto>(ListDefinition<T, TFilter, TDto> list, TFilter filter)
        where T : class =>
        list.TableFilter is { } tableFilter
            ? db.Set<T>().AsNoTracking().Where(Bound(tableFilter, filter))
            : list.Rows!(db, filter);

    /// <summary>
    /// The filter with its argument read from a closure, which EF Core sends as a query parameter (a constant
    /// would be written into the SQL, one cached statement per value).
    /// </summary>
    private static Expression<Func<T, bool>> Bound<T, TFilter>(Expression<Func<T, TFilter, bool>> filter, TFilter argument)
    {
        var closure = Expression.Field(Expression.Constant(new StrongBox<TFilter>(argument)), nameof(StrongBox<TFilter>.Value));
        return Expression.Lambda<Func<T, bool>>(ParameterReplacer.Replace(filter.Body, filter.Parameters[1], closure), filter.Parameters[0]);
    }

    private static CompiledPageQuery<T, TFilter, TDto> Compiled<T, TFilter, TDto>(ListDefinition<T, TFilter, TDto> list)
        where T : class =>
        (CompiledPageQuery<T, TFilter, TDto>)CompiledQueries.GetOrAdd(list,
            static (_, definition) => new CompiledPageQuery<T, TFilter, TDto>(definition.Order, definition.TableFilter!, definition.RowProjection!),
            list);
}
