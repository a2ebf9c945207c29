using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>
/// A hot list's page query, compiled by EF Core once per sort order: each request then skips
/// building the LINQ tree, extracting its parameters and looking it up in the query cache (about
/// 7% of a list request's processor time, docs/adr/0011-one-paging-path.md). The filter's
/// argument is a query parameter, so a null argument can mean "no filter" without a second query.
/// </summary>
internal sealed class CompiledPageQuery<T, TFilter, TDto>(Func<IQueryable<T>, string?, IOrderedQueryable<T>> order,
    Expression<Func<T, TFilter, bool>> filter, Expression<Func<T, TDto>> projection)
    where T : class
{
    private static readonly MethodInfo SetOfT = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
        .MakeGenericMethod(typeof(T));

    private readonly ConcurrentDictionary<string, Func<DbContext, TFilter, int, int, IAsyncEnumerable<TDto>>> _bySort = new();

    /// <summary>The rows of <typeparamref name="T"/> matching the filter, in <paramref name="sort"/> order, skipped and taken.</summary>
    public async Task<List<TDto>> ReadAsync(DbContext context, TFilter filterArgument, string? sort, int skip, int take,
        CancellationToken cancellationToken) =>
        await _bySort.GetOrAdd(sort ?? string.Empty, Compile)(context, filterArgument, skip, take).ToListAsync(cancellationToken);

    /// <summary>(db, filterArgument, skip, take) => db.Set&lt;T&gt;().AsNoTracking().Where(filter).OrderBy(sort).Skip(skip).Take(take).Select(projection)</summary>
    private Func<DbContext, TFilter, int, int, IAsyncEnumerable<TDto>> Compile(string sort)
    {
        var db = Expression.Parameter(typeof(DbContext), "db");
        var filterArgument = Expression.Parameter(typeof(TFilter), "filterArgument");
        var skip = Expression.Parameter(typeof(int), "skip");
        var take = Expression.Parameter(typeof(int), "take");

        Expression rows = Expression.Call(db, SetOfT);
        rows = Expression.Call(typeof(EntityFrameworkQueryableExtensions), nameof(EntityFrameworkQueryableExtensions.AsNoTracking),
            [typeof(T)], rows);
        var row = filter.Parameters[0];
        var matches = Expression.Lambda<Func<T, bool>>(ParameterReplacer.Replace(filter.Body, filter.Parameters[1], filterArgument), row);
        rows = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], rows, Expression.Quote(matches));

        // The sort is applied by the same code as the uncompiled path, to a query that is only ever
        // inspected: EnumerableQuery just records the OrderBy/ThenBy calls around the tree so far.
        Expression page = order(new EnumerableQuery<T>(rows), sort).Expression;
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], page, skip);
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], page, take);
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(TDto)], page,
            Expression.Quote(projection));

        return EF.CompileAsyncQuery<DbContext, TFilter, int, int, TDto>(
            Expression.Lambda<Func<DbContext, TFilter, int, int, IQueryable<TDto>>>(page, db, filterArgument, skip, take));
    }
}
