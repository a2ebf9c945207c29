using Npgsql;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>What every data source (local or RDS) takes from <see cref="DatabaseOptions"/> for its statements.</summary>
internal static class StatementSettings
{
    public static void ApplyStatementSettings(this NpgsqlConnectionStringBuilder settings, DatabaseOptions options)
    {
        // The connection's own timeout, not one per command: Npgsql re-sets the socket's send and receive timeouts
        // (four system calls a statement) whenever a command's timeout differs from its connection's.
        settings.CommandTimeout = options.CommandTimeoutSeconds;
        settings.MaxAutoPrepare = options.MaxAutoPrepare;
        // A connection back in the pool is not reset: the reset Npgsql sends with the next statement (closing
        // cursors, dropping temporary state) costs the server more than a read of a student (ADR 0016). Nothing
        // here leaves session state behind: settings are SET LOCAL, the migrations' advisory lock is released.
        settings.NoResetOnClose = true;
    }
}
