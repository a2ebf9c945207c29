using Microsoft.Extensions.Logging;
using CleanStudents.Infrastructure.Persistence;
using Npgsql;

namespace CleanStudents.Infrastructure.Secrets;

/// <summary>Builds the Npgsql data source for RDS: the password from a rotating secret, or an IAM auth token.</summary>
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
        var builder = Builder(options, credentials.Username, loggerFactory);

        // Synchronous opens (rare: EF migrations tooling) block on the same cached lookup.
        builder.UsePasswordProvider(
            s => passwords.GetPasswordAsync(s, CancellationToken.None).AsTask().GetAwaiter().GetResult(),
            passwords.GetPasswordAsync);
        return builder.Build();
    }

    /// <summary>
    /// The app's own role signing in with IAM database authentication (ADR 0205): a token instead of a password,
    /// renewed by Npgsql in the background, over TLS as RDS requires for IAM.
    /// </summary>
    public static NpgsqlDataSource BuildForIamUser(
        DatabaseOptions options, RdsIamPasswordProvider tokens, ILoggerFactory? loggerFactory = null)
    {
        var builder = Builder(options, options.IamUser!, loggerFactory);
        builder.ConnectionStringBuilder.SslMode = SslMode.Require;
        builder.UsePeriodicPasswordProvider(tokens.GetPasswordAsync, RdsIamPasswordProvider.RenewEvery, TimeSpan.FromSeconds(5));
        return builder.Build();
    }

    private static NpgsqlDataSourceBuilder Builder(DatabaseOptions options, string username, ILoggerFactory? loggerFactory)
    {
        var builder = new NpgsqlDataSourceBuilder();
        var settings = builder.ConnectionStringBuilder;
        settings.Host = options.Host;
        settings.Port = options.Port;
        settings.Database = options.Name;
        settings.Username = username;
        settings.MaxPoolSize = options.MaxPoolSize;
        settings.ApplyStatementSettings(options);
        if (loggerFactory is not null)
        {
            builder.UseLoggerFactory(loggerFactory);
        }

        return builder;
    }
}
