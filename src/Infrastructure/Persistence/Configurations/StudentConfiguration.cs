using CleanStudents.Domain.Common;
using CleanStudents.Domain.Students;
using CleanStudents.Infrastructure.Persistence.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class StudentConfiguration : IEntityTypeConfiguration<Student>
{
    public void Configure(EntityTypeBuilder<Student> builder)
    {
        builder.ToTable("students", t =>
        {
            t.HasCheckConstraint("ck_students_status", "status IN ('Active', 'Suspended', 'Graduated', 'Withdrawn')");
            // With emails stored lower-cased, the unique index below is unique ignoring case,
            // even for rows written by hand.
            t.HasCheckConstraint("ck_students_email_lower_case", "email = lower(email)");
        });
        builder.HasKey(s => s.Id);
        builder.HasXminVersion();
        builder.Ignore(s => s.FullName);

        builder.Property(s => s.StudentNumber).HasConversion<StudentNumberConverter>().HasMaxLength(StudentNumber.MaxLength);
        builder.Property(s => s.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(s => s.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(s => s.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(s => s.UserId).HasMaxLength(128);
        builder.Property(s => s.Invitation).HasConversion<string>().HasMaxLength(8);

        builder.HasIndex(s => s.StudentNumber).IsUnique().HasDatabaseName("ux_students_student_number");
        builder.HasIndex(s => s.Email).IsUnique().HasDatabaseName("ux_students_email");
        builder.HasIndex(s => s.UserId).IsUnique().HasFilter("user_id IS NOT NULL");
        builder.HasIndex(s => new { s.LastName, s.FirstName, s.Id });

        builder.Property<string>(SearchColumns.Text)
            .HasComputedColumnSql(
                "lower(student_number || ' ' || first_name || ' ' || last_name || ' ' || email)", stored: true);
        builder.HasIndex(SearchColumns.Text).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
