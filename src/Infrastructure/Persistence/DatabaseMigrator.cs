using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using System.Text.Json;
using CleanStudents.Application.Common.Ports;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// Applies pending migrations under a PostgreSQL advisory lock, so concurrent deploy
/// invocations wait for each other instead of racing; applying twice is a no-op. Then, when
/// configured, brings the app's own role in step with the schema (<see cref="AppRoleGrants"/>).
/// </summary>
internal sealed class DatabaseMigrator(ApplicationDbContext db, IOptions<DatabaseOptions> options, ISecretStore secrets,
    ILogger<DatabaseMigrator> logger)
{
    // An arbitrary constant that identifies "CleanStudents migrations" among advisory locks.
    private const long LockKey = 0x436C_6E53_7475_6430;

    /// <returns>The migration the database is at afterwards.</returns>
    public async Task<string?> MigrateAsync(CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_lock({LockKey})", cancellationToken);
            // Created up front: EF's migrator otherwise probes the missing history table first and
            // logs that probe as an error on every fresh database.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(cancellationToken);
            await db.Database.MigrateAsync(cancellationToken);
            if (options.Value.AppRole is { Length: > 0 } appRole)
            {
                await AppRoleGrants.ApplyAsync(db.Database.GetDbConnection(), appRole, await AppRolePasswordAsync(cancellationToken), cancellationToken);
            }

            var current = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault();
            logger.LogInformation("Database schema is at migration {Migration}", current);
            return current;
        }
        finally
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_unlock({LockKey})", CancellationToken.None);
            await db.Database.CloseConnectionAsync();
            // Pooled connections may hold statements prepared against the old schema.
            NpgsqlConnection.ClearPool((NpgsqlConnection)db.Database.GetDbConnection());
        }
    }

    private async Task<string?> AppRolePasswordAsync(CancellationToken cancellationToken)
    {
        if (options.Value.AppRolePasswordSecretArn is not { Length: > 0 } arn)
        {
            return null;
        }

        using var secret = JsonDocument.Parse(await secrets.GetSecretAsync(arn, cancellationToken));
        return secret.RootElement.GetProperty("password").GetString();
    }
}
