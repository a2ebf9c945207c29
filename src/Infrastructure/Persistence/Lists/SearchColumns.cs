namespace CleanStudents.Infrastructure.Persistence.Lists;

/// <summary>
/// The lower-cased, trigram-indexed text column the database keeps on each searchable table
/// (a generated column, not part of the domain model).
/// </summary>
internal static class SearchColumns
{
    public const string Text = "SearchText";
}
