using Microsoft.Extensions.Logging;
using CleanStudents.Infrastructure.Persistence;
using Npgsql;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>Builds the Npgsql data source for RDS, its password coming from the rotating master secret.</summary>
internal static class RdsDataSource
{
    /// <summary>
    /// Reads the secret once now for the user name (single-user rotation never changes it); the password is
    /// asked for on every new physical connection, so a rotated one is picked up without a restart.
    /// </summary>
    public static NpgsqlDataSource Build(
        DatabaseOptions options, RdsPasswordProvider passwords, ILoggerFactory? loggerFactory = null)
    {
        var credentials = passwords.GetCredentialsAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

        var builder = new NpgsqlDataSourceBuilder();
        var settings = builder.ConnectionStringBuilder;
        settings.Host = options.Host;
        settings.Port = options.Port;
        settings.Database = options.Name;
        settings.Username = credentials.Username;
        settings.MaxPoolSize = options.MaxPoolSize;
        settings.MaxAutoPrepare = options.MaxAutoPrepare;

        // Synchronous opens (rare: EF migrations tooling) block on the same cached lookup.
        builder.UsePasswordProvider(
            s => passwords.GetPasswordAsync(s, CancellationToken.None).AsTask().GetAwaiter().GetResult(),
            passwords.GetPasswordAsync);
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder.Build();
    }
}
