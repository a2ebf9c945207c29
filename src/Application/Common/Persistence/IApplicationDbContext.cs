using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Common.Persistence;

/// <summary>
/// The database as use cases see it: EF Core sets to query and change. Use cases write LINQ
/// that projects straight into DTOs; see docs/adr for why EF Core is allowed in Application.
/// </summary>
public interface IApplicationDbContext
{
    DbSet<Student> Students { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
