namespace CleanStudents.Infrastructure.Persistence;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Applies pending migrations when the app starts: for the local stack, never on Lambda.</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>Longest a single SQL statement may run before PostgreSQL cancels it.</summary>
    public int CommandTimeoutSeconds { get; set; } = 15;
}
