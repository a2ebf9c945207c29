using CleanStudents.Infrastructure.Persistence.Seeding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>Local-stack conveniences at start-up: migrate, then seed demo data, each only when configured.</summary>
internal sealed class StartupDatabaseTasks(IServiceScopeFactory scopes, IOptions<DatabaseOptions> database,
    IOptions<DemoDataOptions> demo) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!database.Value.MigrateOnStartup && !demo.Value.Seed)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        if (database.Value.MigrateOnStartup)
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);
        }

        if (demo.Value.Seed)
        {
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(cancellationToken);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
