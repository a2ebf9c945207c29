using System.Data.Common;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// The app's own role (ADR 0205), kept in step with the schema by every migrate run, as the owner: it may log in
/// and read and write the rows of the app's tables, nothing more. It owns nothing, so it can neither drop nor
/// alter a table; it has no rights on other schemas; it only reads the migration history. Idempotent.
/// </summary>
internal static class AppRoleGrants
{
    public static async Task ApplyAsync(DbConnection connection, string role, string? password, CancellationToken cancellationToken)
    {
        // The role name passed DatabaseOptions' pattern ([a-z_][a-z0-9_]*), so quoting it is enough.
        var quoted = $"\"{role}\"";
        await ExecuteAsync(connection, $$"""
            DO $$
            BEGIN
              IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{{role}}') THEN
                BEGIN
                  CREATE ROLE {{quoted}} LOGIN;
                -- Roles are per server: migrations of two databases may race to create it.
                EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
                END;
              END IF;
              -- On RDS, IAM database authentication is this membership.
              IF EXISTS (SELECT FROM pg_roles WHERE rolname = 'rds_iam') THEN
                GRANT rds_iam TO {{quoted}};
              END IF;
              EXECUTE format('GRANT CONNECT ON DATABASE %I TO {{quoted}}', current_database());
            END
            $$;
            GRANT USAGE ON SCHEMA public TO {{quoted}};
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {{quoted}};
            REVOKE INSERT, UPDATE, DELETE ON "__EFMigrationsHistory" FROM {{quoted}};
            GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {{quoted}};
            """, cancellationToken);

        if (password is not null)
        {
            // The password travels as a parameter and is read back on the server, so no SQL text (which
            // Npgsql's command log shows) ever holds it.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await using (var set = new NpgsqlCommand("SELECT set_config('cleanstudents.app_role_password', $1, true)", (NpgsqlConnection)connection))
            {
                set.Parameters.Add(new NpgsqlParameter { Value = password });
                await set.ExecuteNonQueryAsync(cancellationToken);
            }

            await ExecuteAsync(connection, $$"""
                DO $$
                BEGIN
                  EXECUTE format('ALTER ROLE %I PASSWORD %L', '{{role}}', current_setting('cleanstudents.app_role_password'));
                END
                $$;
                """, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
