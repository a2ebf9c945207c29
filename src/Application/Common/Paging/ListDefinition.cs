using System.Linq.Expressions;
using CleanStudents.Application.Common.Persistence;

namespace CleanStudents.Application.Common.Paging;

/// <summary>
/// What one list is, declared once (a static field of its use case): the rows a filter argument keeps, their
/// order for a <c>sort</c> value (null: the default), and what each page row becomes. <see cref="IListPages"/>
/// reads its pages.
/// </summary>
public sealed class ListDefinition<T, TFilter, TDto>
    where T : class
{
    private ListDefinition(Expression<Func<T, TFilter, bool>>? tableFilter, Expression<Func<T, TDto>>? rowProjection,
        Func<IApplicationDbContext, TFilter, IQueryable<T>>? rows, Func<IQueryable<T>, string?, IOrderedQueryable<T>> order,
        Func<IQueryable<T>, IApplicationDbContext, IQueryable<TDto>> project)
    {
        TableFilter = tableFilter;
        RowProjection = rowProjection;
        Rows = rows;
        Order = order;
        Project = project;
    }

    /// <summary>The rows of <typeparamref name="T"/>'s table that <see cref="TableFilter"/> keeps; null for a composed list.</summary>
    public Expression<Func<T, TFilter, bool>>? TableFilter { get; }

    /// <summary>Each row's projection, for a table list: with the filter, enough to compile the whole page query.</summary>
    public Expression<Func<T, TDto>>? RowProjection { get; }

    /// <summary>The rows of a composed list; null for a table list.</summary>
    public Func<IApplicationDbContext, TFilter, IQueryable<T>>? Rows { get; }

    public Func<IQueryable<T>, string?, IOrderedQueryable<T>> Order { get; }

    /// <summary>The ordered page rows, as the list answers them.</summary>
    public Func<IQueryable<T>, IApplicationDbContext, IQueryable<TDto>> Project { get; }

    /// <summary>A list of one table's rows, each projected on its own (students, lecturers, subjects).</summary>
    public static ListDefinition<T, TFilter, TDto> OfTable(Expression<Func<T, TFilter, bool>> filter,
        Func<IQueryable<T>, string?, IOrderedQueryable<T>> order, Expression<Func<T, TDto>> projection) =>
        new(filter, projection, null, order, (rows, _) => rows.Select(projection));

    /// <summary>A list whose rows or projection need other tables (classes with their subject, one's notifications).</summary>
    public static ListDefinition<T, TFilter, TDto> Composed(Func<IApplicationDbContext, TFilter, IQueryable<T>> rows,
        Func<IQueryable<T>, string?, IOrderedQueryable<T>> order, Func<IQueryable<T>, IApplicationDbContext, IQueryable<TDto>> project) =>
        new(null, null, rows, order, project);
}
