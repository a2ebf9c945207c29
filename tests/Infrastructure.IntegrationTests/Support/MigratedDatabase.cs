using CleanStudents.Application;
using CleanStudents.Application.Common.Security;
using CleanStudents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.IntegrationTests.Support;

/// <summary>A fresh database with the app's schema (every migration applied), dropped on dispose.</summary>
internal sealed class MigratedDatabase : IAsyncDisposable
{
    private MigratedDatabase(string connectionString, TestQueue queue, Uri awsEndpoint)
    {
        ConnectionString = connectionString;
        Queue = queue;
        AwsEndpoint = awsEndpoint;
    }

    public string ConnectionString { get; }

    /// <summary>The queue the app's outbox sends to (nothing consumes it here).</summary>
    public TestQueue Queue { get; }

    private Uri AwsEndpoint { get; }

    public static async Task<MigratedDatabase> CreateAsync(string prefix)
    {
        var stack = await TestStack.GetAsync();
        var database = new MigratedDatabase(await TestDatabase.CreateAsync(prefix), await TestQueue.CreateAsync(prefix),
            stack.AwsEndpoint);
        await using var db = database.CreateContext();
        await db.Database.MigrateAsync();
        return database;
    }

    public ApplicationDbContext CreateContext(params IInterceptor[] interceptors) => new(
        new DbContextOptionsBuilder<ApplicationDbContext>().UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options);

    /// <summary>
    /// The application composed as the web host composes it (mediator, pipeline, handlers,
    /// EF Core), signed in as <paramref name="user"/>; each scope is one request.
    /// </summary>
    public ServiceProvider BuildApp(ICurrentUser user, params IInterceptor[] interceptors)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>(Queue.Settings(AwsEndpoint))
            {
                ["ConnectionStrings:Database"] = ConnectionString,
                ["Queue:RunLocalWorkers"] = "false",
                ["Database:ThreadSafetyChecks"] = "true",
            })
            .Build();
        var services = new ServiceCollection().AddLogging().AddApplication().AddInfrastructure(configuration);
        services.AddScoped(_ => user);
        services.ConfigureDbContext<ApplicationDbContext>(options => options.AddInterceptors(interceptors));
        return services.BuildServiceProvider();
    }

    public async ValueTask DisposeAsync() => await TestDatabase.DropAsync(ConnectionString);
}

/// <summary>A caller with the given roles and no linked records.</summary>
internal sealed class SignedIn(params Role[] roles) : ICurrentUser
{
    public static readonly SignedIn Admin = new(Role.Admin);

    public bool IsAuthenticated => true;

    public string? UserId => "integration-test";

    public string? Email => null;

    public IReadOnlySet<Role> Roles { get; } = roles.ToHashSet();
}
