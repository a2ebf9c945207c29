using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Files;
using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class StoredFileConfiguration : IEntityTypeConfiguration<StoredFile>
{
    public void Configure(EntityTypeBuilder<StoredFile> builder)
    {
        builder.ToTable("files", t =>
        {
            t.HasCheckConstraint("ck_files_one_owner", "num_nonnulls(student_id, class_id) = 1");
            t.HasCheckConstraint("ck_files_declared_size", "declared_size > 0");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Key).HasMaxLength(200);
        builder.HasIndex(f => f.Key).IsUnique().HasDatabaseName("ux_files_key");
        builder.Property(f => f.Name).HasMaxLength(StoredFile.NameMaxLength);
        builder.Property(f => f.ContentType).HasMaxLength(StoredFile.ContentTypeMaxLength);
        builder.Property(f => f.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.UploadedBy).HasMaxLength(128);
        builder.HasOne<Student>().WithMany().HasForeignKey(f => f.StudentId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_files_student");
        builder.HasOne<Class>().WithMany().HasForeignKey(f => f.ClassId).OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_files_class");
        builder.HasIndex(f => f.StudentId);
        builder.HasIndex(f => f.ClassId);
    }
}
