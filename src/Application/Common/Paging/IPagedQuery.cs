namespace CleanStudents.Application.Common.Paging;

/// <summary>The paging, search and sort parameters every list query accepts.</summary>
public interface IPagedQuery
{
    int Page { get; }
    int PageSize { get; }
    string? Search { get; }
    string? Sort { get; }
}

public static class Paging
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxSearchLength = 200;
}
