using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

internal static class SeedRows
{
    /// <summary>
    /// Loads (tracked) the rows whose natural key a seed names and adds the ones that are missing;
    /// rows that exist are left exactly as they are. Returns every seeded row by its key.
    /// </summary>
    public static async Task<Dictionary<string, TEntity>> EnsureAsync<TEntity, TSeed>(this DbSet<TEntity> set,
        IEnumerable<TSeed> seeds, Func<TSeed, string> seedKey, Expression<Func<TEntity, string>> entityKey,
        Func<TSeed, TEntity> create, CancellationToken cancellationToken)
        where TEntity : class
    {
        var bySeedKey = seeds.ToDictionary(seedKey);
        var rows = await set.Where(KeyIn(entityKey, bySeedKey.Keys.ToArray()))
            .ToDictionaryAsync(entityKey.Compile(), cancellationToken);
        foreach (var (key, seed) in bySeedKey.Where(s => !rows.ContainsKey(s.Key)))
        {
            rows[key] = create(seed);
            set.Add(rows[key]);
        }

        return rows;
    }

    /// <summary><c>row => keys.Contains(row.Key)</c>, which EF Core translates to <c>key = ANY(@keys)</c>.</summary>
    private static Expression<Func<TEntity, bool>> KeyIn<TEntity>(Expression<Func<TEntity, string>> entityKey, string[] keys)
    {
        var contains = Expression.Call(typeof(Enumerable), nameof(Enumerable.Contains), [typeof(string)],
            Expression.Constant(keys), entityKey.Body);
        return Expression.Lambda<Func<TEntity, bool>>(contains, entityKey.Parameters);
    }
}
