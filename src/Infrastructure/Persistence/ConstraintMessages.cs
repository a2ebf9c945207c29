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
