using System.Linq.Expressions;

namespace CleanStudents.Application.Common.Paging;

/// <summary>
/// The sortable fields of one resource: parses <c>?sort=field</c> / <c>?sort=-field</c> and
/// applies it, always ending with the id so pages never overlap.
/// </summary>
public sealed class SortOrder<T>(string defaultField, IReadOnlyDictionary<string, Expression<Func<T, object>>> fields,
    Expression<Func<T, Guid>> id)
{
    public IEnumerable<string> FieldNames => fields.Keys;

    /// <summary>Every <c>sort</c> value it accepts: each field, ascending and then descending.</summary>
    public IReadOnlyList<string> Specs { get; } = [.. fields.Keys, .. fields.Keys.Select(field => "-" + field)];


    public IOrderedQueryable<T> Apply(IQueryable<T> source, string? sort)
    {
        var spec = string.IsNullOrEmpty(sort) ? defaultField : sort;
        var descending = spec.StartsWith('-');
        var key = fields[FieldOf(spec)];
        var ordered = descending ? source.OrderByDescending(key) : source.OrderBy(key);
        return descending ? ordered.ThenByDescending(id) : ordered.ThenBy(id);
    }

    /// <summary>One leading '-' means descending; any other '-' is part of the (then unknown) name.</summary>
    private static string FieldOf(string spec) => spec.StartsWith('-') ? spec[1..] : spec;
}
