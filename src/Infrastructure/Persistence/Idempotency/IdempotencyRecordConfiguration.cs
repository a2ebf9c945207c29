using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Idempotency;

internal sealed class IdempotencyRecordConfiguration : IEntityTypeConfiguration<IdempotencyRecord>
{
    public const int CallerMaxLength = 128;
    public const int KeyMaxLength = 255;

    public void Configure(EntityTypeBuilder<IdempotencyRecord> builder)
    {
        builder.ToTable("idempotency_keys");
        builder.HasKey(r => new { r.Caller, r.Key });
        builder.Property(r => r.Caller).HasMaxLength(CallerMaxLength);
        builder.Property(r => r.Key).HasMaxLength(KeyMaxLength);
        builder.Property(r => r.ETag).HasColumnName("etag");
        builder.HasIndex(r => r.CreatedAt).HasDatabaseName("ix_idempotency_keys_created_at");
    }
}
