using Npgsql;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// What a client should read when the database refuses a change, by constraint name. The
/// database is the guarantee (racing requests cannot both pass); this is only the wording.
/// </summary>
internal static class ConstraintMessages
{
    private static readonly Dictionary<string, string> Messages = new(StringComparer.Ordinal)
    {
        ["ux_students_email"] = "A student with this email already exists.",
        ["ux_students_student_number"] = "A student with this student number already exists.",
        ["ux_lecturers_email"] = "A lecturer with this email already exists.",
        ["ux_lecturers_staff_number"] = "A lecturer with this staff number already exists.",
        ["ux_subjects_code"] = "A subject with this code already exists.",
        ["ux_classes_code"] = "A class with this code already exists.",
        ["pk_enrollments"] = "The student is already enrolled in this class.",
        ["ck_classes_enrolled_count"] = "The class is full.",
        ["fk_classes_subject"] = "Classes use this subject; delete or move those classes first.",
        ["fk_classes_lecturer"] = "This lecturer is assigned to classes; assign other lecturers to them first.",
        ["fk_enrollments_class"] = "Students are enrolled in this class; withdraw them first.",
        ["fk_enrollments_student"] = "The student has graded enrollments, which are part of their record; set their status to Withdrawn instead.",
    };

    public static string? Describe(PostgresException exception) => exception.SqlState switch
    {
        PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.ForeignKeyViolation or PostgresErrorCodes.CheckViolation
            or PostgresErrorCodes.ExclusionViolation =>
            exception.ConstraintName is { } name && Messages.TryGetValue(name, out var message)
                ? message
                : $"The change conflicts with existing data ({exception.ConstraintName}).",
        _ => null,
    };
}
