using CleanStudents.Domain.Common;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Infrastructure.Persistence.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CleanStudents.Infrastructure.Persistence.Configurations;

internal sealed class LecturerConfiguration : IEntityTypeConfiguration<Lecturer>
{
    public void Configure(EntityTypeBuilder<Lecturer> builder)
    {
        builder.ToTable("lecturers", t => t.HasCheckConstraint("ck_lecturers_email_lower_case", "email = lower(email)"));
        builder.HasKey(l => l.Id);
        builder.HasXminVersion();
        builder.Ignore(l => l.FullName);

        builder.Property(l => l.StaffNumber).HasConversion<StaffNumberConverter>().HasMaxLength(StaffNumber.MaxLength);
        builder.Property(l => l.FirstName).HasMaxLength(PersonName.MaxLength);
        builder.Property(l => l.LastName).HasMaxLength(PersonName.MaxLength);
        builder.Property(l => l.Email).HasMaxLength(EmailAddress.MaxLength);
        builder.Property(l => l.Department).HasMaxLength(Lecturer.DepartmentMaxLength);
        builder.Property(l => l.UserId).HasMaxLength(128);
        builder.Property(l => l.Invitation).HasConversion<string>().HasMaxLength(8);

        builder.HasIndex(l => l.StaffNumber).IsUnique().HasDatabaseName("ux_lecturers_staff_number");
        builder.HasIndex(l => l.Email).IsUnique().HasDatabaseName("ux_lecturers_email");
        builder.HasIndex(l => l.UserId).IsUnique().HasFilter("user_id IS NOT NULL");
        builder.HasIndex(l => new { l.LastName, l.FirstName, l.Id });

        builder.Property<string>(SearchColumns.Text)
            .HasComputedColumnSql(
                "lower(staff_number || ' ' || first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(department, ''))",
                stored: true);
        builder.HasIndex(SearchColumns.Text).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
