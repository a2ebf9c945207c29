using CleanStudents.Domain.Subjects;
using CleanStudents.Infrastructure.Persistence.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class SubjectConfiguration : IEntityTypeConfiguration<Subject>
{
    public void Configure(EntityTypeBuilder<Subject> builder)
    {
        builder.ToTable("subjects", t => t.HasCheckConstraint("ck_subjects_credits",
            $"credits BETWEEN {Subject.MinCredits} AND {Subject.MaxCredits}"));
        builder.HasKey(s => s.Id);
        builder.HasXminVersion();

        builder.Property(s => s.Code).HasConversion<SubjectCodeConverter>().HasMaxLength(SubjectCode.MaxLength);
        builder.Property(s => s.Name).HasMaxLength(Subject.NameMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Subject.DescriptionMaxLength);
        builder.HasIndex(s => s.Code).IsUnique().HasDatabaseName("ux_subjects_code");

        builder.Property<string>(SearchColumns.Text)
            .HasComputedColumnSql("lower(code || ' ' || name)", stored: true);
        builder.HasIndex(SearchColumns.Text).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
