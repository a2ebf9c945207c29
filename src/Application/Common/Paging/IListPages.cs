namespace CleanStudents.Application.Common.Paging;

/// <summary>
/// The one way a use case reads a page of a list: the rows its definition keeps for the filter (and, for an
/// <see cref="IPagedQuery"/>, those whose search text contains its search), in the query's sort order,
/// projected, with their total. How it is read fast (a compiled query, kept counters, 5-gram narrowing of a
/// search) is the database adapter's business: docs/adr/0011-one-paging-path.md.
/// </summary>
public interface IListPages
{
    Task<PagedList<TDto>> ReadAsync<T, TFilter, TDto>(ListDefinition<T, TFilter, TDto> list, TFilter filter,
        IPageRequest query, CancellationToken cancellationToken)
        where T : class;
}
