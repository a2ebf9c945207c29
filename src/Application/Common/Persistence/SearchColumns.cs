namespace CleanStudents.Application.Common.Persistence;

/// <summary>
/// Names of the lower-cased, trigram-indexed text columns the database keeps per searchable
/// table (generated columns, not part of the domain model).
/// </summary>
public static class SearchColumns
{
    public const string Students = "SearchText";
}
