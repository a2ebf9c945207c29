using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>Plain SQL against a test database: for checks, and set-up no code path offers.</summary>
public static class Sql
{
    /// <summary>Runs <paramref name="sql"/> with positional parameters (<c>$1</c>, <c>$2</c>…) and returns the first value.</summary>
    public static async Task<object?> ScalarAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return await command.ExecuteScalarAsync();
    }
}
