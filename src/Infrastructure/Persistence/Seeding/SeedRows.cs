using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

internal static class SeedRows
{
    /// <summary>
    /// Loads (tracked) the rows whose natural key a seed names and adds the ones that are missing;
    /// rows that exist are left exactly as they are. Returns every seeded row by its key's text.
    /// </summary>
    public static async Task<Dictionary<string, TEntity>> EnsureAsync<TEntity, TSeed, TKey>(this DbSet<TEntity> set,
        IEnumerable<TSeed> seeds, Func<TSeed, TKey> seedKey, Expression<Func<TEntity, TKey>> entityKey,
        Func<TSeed, TEntity> create, CancellationToken cancellationToken)
        where TEntity : class
        where TKey : notnull
    {
        var bySeedKey = seeds.ToDictionary(seedKey);
        var keyOf = entityKey.Compile();
        var rows = await set.Where(KeyIn(entityKey, bySeedKey.Keys.ToArray()))
            .ToDictionaryAsync(row => keyOf(row), cancellationToken);
        foreach (var (key, seed) in bySeedKey.Where(s => !rows.ContainsKey(s.Key)))
        {
            rows[key] = create(seed);
            set.Add(rows[key]);
        }

        return rows.ToDictionary(row => row.Key.ToString()!, row => row.Value);
    }

    /// <summary><c>row => keys.Contains(row.Key)</c>, which EF Core translates to <c>key = ANY(@keys)</c>.</summary>
    private static Expression<Func<TEntity, bool>> KeyIn<TEntity, TKey>(Expression<Func<TEntity, TKey>> entityKey, TKey[] keys)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(TKey)],
            Expression.Constant(keys), entityKey.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, entityKey.Parameters);
    }
}
