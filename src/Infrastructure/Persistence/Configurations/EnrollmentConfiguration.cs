using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class EnrollmentConfiguration : IEntityTypeConfiguration<Enrollment>
{
    public void Configure(EntityTypeBuilder<Enrollment> builder)
    {
        builder.ToTable("enrollments", t => t.HasCheckConstraint("ck_enrollments_score",
            $"score IS NULL OR score BETWEEN {Score.Min} AND {Score.Max}"));
        // One seat per student per class: a second enrollment is refused by the key itself.
        builder.HasKey(e => new { e.ClassId, e.StudentId }).HasName("pk_enrollments");
        builder.Ignore(e => e.Grade);
        builder.Ignore(e => e.IsGraded);
        builder.Property(e => e.Score).HasConversion<ScoreConverter>().HasPrecision(Score.Precision, Score.Decimals);

        builder.HasIndex(e => e.StudentId);
        builder.HasOne<Class>().WithMany().HasForeignKey(e => e.ClassId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_enrollments_class");
        builder.HasOne<Student>().WithMany().HasForeignKey(e => e.StudentId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_enrollments_student");
    }
}
