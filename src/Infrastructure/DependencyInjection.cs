using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Notifications;
using CleanStudents.Domain.Students;
using CleanStudents.Infrastructure.Aws;
using CleanStudents.Infrastructure.Identity;
using CleanStudents.Infrastructure.Metrics;
using CleanStudents.Infrastructure.Messaging;
using CleanStudents.Infrastructure.Persistence;
using CleanStudents.Infrastructure.Persistence.Idempotency;
using CleanStudents.Infrastructure.Persistence.Lists;
using CleanStudents.Infrastructure.Persistence.Seeding;
using CleanStudents.Infrastructure.Secrets;
using CleanStudents.Infrastructure.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Database";

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(TimeProvider.System);

        services.AddAwsAdapters(configuration);
        services.AddOptions<DemoDataOptions>().BindConfiguration(DemoDataOptions.Section);
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();

        services.AddSingleton<RdsIamPasswordProvider>();
        services.AddSingleton(provider => database switch
        {
            { UsesRdsSecret: true } => RdsDataSource.Build(database, provider.GetRequiredService<RdsPasswordProvider>(),
                provider.GetService<ILoggerFactory>()),
            { UsesIamAuthentication: true } => RdsDataSource.BuildForIamUser(database, provider.GetRequiredService<RdsIamPasswordProvider>(),
                provider.GetService<ILoggerFactory>()),
            _ => BuildLocalDataSource(configuration, database),
        });
        // Pooled: a request reuses a reset context instead of building one.
        services.AddDbContextPool<ApplicationDbContext>((provider, options) =>
        {
            options.UseNpgsql(provider.GetRequiredService<NpgsqlDataSource>());
            // EF's check that a context runs one operation at a time sets an AsyncLocal twice per row read
            // (ADR 0016); a context here lives in one request, and the tests run with the check on.
            options.EnableThreadSafetyChecks(database.ThreadSafetyChecks);
            options.AddInterceptors(provider.GetRequiredService<OutboxCommitInterceptor>());
            if (database.UsesRdsSecret)
            {
                options.AddInterceptors(provider.GetRequiredService<RdsPasswordRefreshInterceptor>());
            }
        });
        services.AddScoped<IApplicationDbContext>(p => p.GetRequiredService<ApplicationDbContext>());
        services.AddScoped<IUnitOfWork, UnitOfWork>();
        services.AddScoped<INotificationRecipients, SqlNotificationRecipients>();
        services.AddScoped<IRowLocks, RowLocks>();
        services.AddIdempotencyStore();
        services.AddScoped<IListPages, ListPages>();
        services.AddScoped<IKeptTotal<Student, StudentStatus?>, StudentCounts>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<DemoDataSeeder>();
        services.AddHostedService<StartupDatabaseTasks>();
        services.AddHostedService<DataLayerPriming>();
        services.AddMessaging(configuration);
        services.AddFileStorage(configuration);
        services.AddSignUpPolicy(configuration);

        services.AddOptions<MetricsOptions>().Bind(configuration.GetSection(MetricsOptions.SectionName));
        services.AddSingleton<IBusinessMetrics>(provider => new EmbeddedMetricFormat(
            provider.GetRequiredService<IOptions<MetricsOptions>>(), provider.GetRequiredService<TimeProvider>(), Console.Out));

        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database", tags: ["ready"]);
        return services;
    }

    private static NpgsqlDataSource BuildLocalDataSource(IConfiguration configuration, DatabaseOptions database)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName)
            ?? throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set (environment ConnectionStrings__{ConnectionStringName}).");
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.ConnectionStringBuilder.ApplyStatementSettings(database);
        return builder.Build();
    }
}
