using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Subjects;
using CleanStudents.Infrastructure.Persistence.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class ClassConfiguration : IEntityTypeConfiguration<Class>
{
    public void Configure(EntityTypeBuilder<Class> builder)
    {
        builder.ToTable("classes", t =>
        {
            t.HasCheckConstraint("ck_classes_capacity", $"capacity BETWEEN {Class.MinCapacity} AND {Class.MaxCapacity}");
            // The last line of defence for capacity: no write can over-fill a class.
            t.HasCheckConstraint("ck_classes_enrolled_count", "enrolled_count BETWEEN 0 AND capacity");
        });
        builder.HasKey(c => c.Id);
        builder.HasXminVersion();

        builder.Property(c => c.Code).HasConversion<ClassCodeConverter>().HasMaxLength(ClassCode.MaxLength);
        builder.Property(c => c.Term).HasConversion<TermConverter>().HasMaxLength(Term.MaxLength);
        builder.Property(c => c.Schedule).HasMaxLength(Class.ScheduleMaxLength);
        builder.Property(c => c.Room).HasMaxLength(Class.RoomMaxLength);

        builder.HasIndex(c => c.Code).IsUnique().HasDatabaseName("ux_classes_code");
        builder.HasIndex(c => new { c.Term, c.Code });
        builder.HasOne<Subject>().WithMany().HasForeignKey(c => c.SubjectId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_classes_subject");
        builder.HasOne<Lecturer>().WithMany().HasForeignKey(c => c.LecturerId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_classes_lecturer");

        builder.Property<string>(SearchColumns.Text)
            .HasComputedColumnSql("lower(code || ' ' || term || ' ' || coalesce(room, ''))", stored: true);
        builder.HasIndex(SearchColumns.Text).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
