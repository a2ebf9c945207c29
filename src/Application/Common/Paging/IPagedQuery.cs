namespace CleanStudents.Application.Common.Paging;

/// <summary>The page a list query asks for.</summary>
public interface IPageRequest
{
    int Page { get; }
    int PageSize { get; }
}

/// <summary>The paging, search and sort parameters every searchable list query accepts.</summary>
public interface IPagedQuery : IPageRequest
{
    string? Search { get; }
    string? Sort { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    /// <summary>Far beyond any real list, and low enough that the row offset always fits an <see cref="int"/>.</summary>
    public const int MaxPage = 1_000_000;
    public const int MaxSearchLength = 200;
}
