using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>A fresh database with every migration applied, and contexts on it.</summary>
internal sealed class MigratedDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private MigratedDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        _dataSource = NpgsqlDataSource.Create(connectionString);
    }

    public string ConnectionString { get; }

    public static async Task<MigratedDatabase> CreateAsync(string name)
    {
        var database = new MigratedDatabase(await TestDatabase.CreateAsync(name));
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    public ApplicationDbContext NewContext() =>
        new(new DbContextOptionsBuilder<ApplicationDbContext>().UseNpgsql(_dataSource).Options);

    public async Task<T?> ScalarAsync<T>(string sql)
    {
        await using var command = _dataSource.CreateCommand(sql);
        return (T?)await command.ExecuteScalarAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _dataSource.DisposeAsync();
        await TestDatabase.DropAsync(ConnectionString);
    }
}
