using CleanStudents.Application.Common.Invitations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class PendingInvitationConfiguration : IEntityTypeConfiguration<PendingInvitation>
{
    public void Configure(EntityTypeBuilder<PendingInvitation> builder)
    {
        builder.ToTable("pending_invitations",
            t => t.HasCheckConstraint("ck_pending_invitations_kind", "kind IN ('Student', 'Lecturer')"));
        builder.HasKey(p => p.Id);
        builder.HasXminVersion();

        builder.Property(p => p.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(p => p.LastError).HasMaxLength(PendingInvitation.MaxErrorLength);

        // One queued invitation per record; the worker picks the ones that are due.
        builder.HasIndex(p => new { p.Kind, p.RecordId }).IsUnique();
        builder.HasIndex(p => p.NextAttemptAt);
    }
}
