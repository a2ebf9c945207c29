using CleanStudents.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal static class EntityVersioning
{
    /// <summary>PostgreSQL's system column xmin changes on every update: a free concurrency token.</summary>
    public static void HasXminVersion<T>(this EntityTypeBuilder<T> builder)
        where T : Entity =>
        builder.Property(e => e.Version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
}
