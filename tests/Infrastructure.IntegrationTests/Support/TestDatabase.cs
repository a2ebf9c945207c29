using System.Text.RegularExpressions;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>Fresh, uniquely named, empty databases on the test stack's PostgreSQL server.</summary>
public static partial class TestDatabase
{
    /// <summary>Creates an empty database named after <paramref name="prefix"/> and returns its connection string.</summary>
    public static async Task<string> CreateAsync(string prefix)
    {
        var stack = await TestStack.GetAsync();
        var name = $"{Sanitize(prefix)}_{Guid.NewGuid():N}";

        await using (var connection = new NpgsqlConnection(stack.ServerConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(stack.ServerConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops a database made by <see cref="CreateAsync"/>, closing its pooled and open connections.</summary>
    public static async Task DropAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database
            ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        if (!ValidName().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a database made by {nameof(TestDatabase)}.", nameof(connectionString));
        }

        var stack = await TestStack.GetAsync();
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(stack.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    // PostgreSQL names have 63 bytes at most; the suffix takes 33.
    private static string Sanitize(string prefix)
    {
        var cleaned = NotNameCharacters().Replace(prefix.ToLowerInvariant(), "_").Trim('_');
        if (cleaned.Length == 0)
        {
            cleaned = "test";
        }

        return cleaned.Length > 29 ? cleaned[..29] : cleaned;
    }

    [GeneratedRegex("[^a-z0-9_]+")]
    private static partial Regex NotNameCharacters();

    [GeneratedRegex("^[a-z0-9_]+_[0-9a-f]{32}$")]
    private static partial Regex ValidName();
}
