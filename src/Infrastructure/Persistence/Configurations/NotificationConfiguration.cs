using CleanStudents.Domain.Notifications;
using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.HasKey(n => n.Id);
        builder.Property(n => n.Id).UseIdentityAlwaysColumn();
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.SenderUserId).HasMaxLength(128);
        builder.Property(n => n.SenderName).HasMaxLength(254);
        builder.HasMany(n => n.Recipients).WithOne().HasForeignKey(r => r.NotificationId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_notification_recipients_notification");
        builder.Navigation(n => n.Recipients).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class NotificationRecipientConfiguration : IEntityTypeConfiguration<NotificationRecipient>
{
    public void Configure(EntityTypeBuilder<NotificationRecipient> builder)
    {
        builder.ToTable("notification_recipients");
        builder.HasKey(r => new { r.NotificationId, r.StudentId }).HasName("pk_notification_recipients");
        // "My notifications, newest first" reads this index only.
        builder.HasIndex(r => new { r.StudentId, r.NotificationId }).IsDescending(false, true);
        builder.HasOne<Student>().WithMany().HasForeignKey(r => r.StudentId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_notification_recipients_student");
    }
}
