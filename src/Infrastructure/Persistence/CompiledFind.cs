using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// An entity read by id, untracked, through a query EF Core compiles once per entity type: a get then skips
/// building the LINQ tree, extracting its parameter and looking it up in the query cache, about a tenth of
/// its allocations (docs/adr/0016-data-paths-at-scale.md).
/// </summary>
internal static class CompiledFind<T>
    where T : Entity
{
    public static readonly Func<DbContext, Guid, CancellationToken, Task<T?>> Untracked =
        EF.CompileAsyncQuery((DbContext db, Guid id, CancellationToken _) =>
            db.Set<T>().AsNoTracking().FirstOrDefault(e => e.Id == id));
}
