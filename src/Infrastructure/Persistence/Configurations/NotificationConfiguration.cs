using CleanStudents.Domain.Lecturers;
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
        builder.HasMany(n => n.LecturerRecipients).WithOne().HasForeignKey(r => r.NotificationId)
            .OnDelete(DeleteBehavior.Cascade).HasConstraintName("fk_lecturer_notification_recipients_notification");
        builder.Navigation(n => n.LecturerRecipients).UsePropertyAccessMode(PropertyAccessMode.Field);
        // At most one notification per queued message, however often it is delivered.
        builder.HasIndex(n => n.MessageKey).IsUnique().HasFilter("message_key IS NOT NULL")
            .HasDatabaseName("ux_notifications_message_key");
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

internal sealed class LecturerNotificationRecipientConfiguration : IEntityTypeConfiguration<LecturerNotificationRecipient>
{
    public void Configure(EntityTypeBuilder<LecturerNotificationRecipient> builder)
    {
        builder.ToTable("lecturer_notification_recipients");
        builder.HasKey(r => new { r.NotificationId, r.LecturerId }).HasName("pk_lecturer_notification_recipients");
        builder.HasIndex(r => new { r.LecturerId, r.NotificationId }).IsDescending(false, true);
        builder.HasOne<Lecturer>().WithMany().HasForeignKey(r => r.LecturerId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_lecturer_notification_recipients_lecturer");
    }
}
