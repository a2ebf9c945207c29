using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CleanStudents.Application.Common.Paging;

/// <summary>
/// A hot list's page query, compiled by EF Core once per sort order: each request then skips
/// building the LINQ tree, extracting its parameters and looking it up in the query cache (about
/// 7% of a list request's processor time, docs/adr/0011-compiled-page-queries.md). The filter's
/// argument is a query parameter, so a null argument can mean "no filter" without a second query.
/// </summary>
public sealed class CompiledPageQuery<T, TFilter, TDto>(SortOrder<T> sortOrder,
    Expression<Func<T, TFilter, bool>> filter, Expression<Func<T, TDto>> projection)
    where T : class
{
    private static readonly MethodInfo SetOfT = typeof(DbContext).GetMethod(nameof(DbContext.Set), Type.EmptyTypes)!
        .MakeGenericMethod(typeof(T));

    private readonly ConcurrentDictionary<string, Func<DbContext, TFilter, int, int, IAsyncEnumerable<TDto>>> _bySort = new();

    /// <summary>The rows of <paramref name="set"/> matching the filter, in <paramref name="sort"/> order, skipped and taken.</summary>
    public async Task<List<TDto>> ReadAsync(DbSet<T> set, TFilter filterArgument, string? sort, int skip, int take,
        CancellationToken cancellationToken)
    {
        var query = _bySort.GetOrAdd(sort ?? string.Empty, Compile);
        var context = set.GetService<ICurrentDbContext>().Context;
        return await query(context, filterArgument, skip, take).ToListAsync(cancellationToken);
    }

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
        var matches = Expression.Lambda<Func<T, bool>>(
            new ParameterReplacer(filter.Parameters[1], filterArgument).Visit(filter.Body), row);
        rows = Expression.Call(typeof(Queryable), nameof(Queryable.Where), [typeof(T)], rows, Expression.Quote(matches));

        // The sort is applied by the same code as every other list, to a query that is only ever
        // inspected: EnumerableQuery just records the OrderBy/ThenBy calls around the tree so far.
        Expression page = sortOrder.Apply(new EnumerableQuery<T>(rows), sort).Expression;
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Skip), [typeof(T)], page, skip);
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Take), [typeof(T)], page, take);
        page = Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(T), typeof(TDto)], page,
            Expression.Quote(projection));

        return EF.CompileAsyncQuery<DbContext, TFilter, int, int, TDto>(
            Expression.Lambda<Func<DbContext, TFilter, int, int, IQueryable<TDto>>>(page, db, filterArgument, skip, take));
    }

    private sealed class ParameterReplacer(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
