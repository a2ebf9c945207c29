using CleanStudents.Infrastructure.Messaging;
using CleanStudents.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure;

/// <summary>
/// The work a host hands over outside the use cases (the deploy's migrate command, SQS batches), as
/// Infrastructure's public surface: the host needs none of its internals.
/// </summary>
public static class EntryPoints
{
    /// <summary>Applies pending migrations (under an advisory lock); returns the migration the database is at afterwards.</summary>
    public static Task<string?> MigrateDatabaseAsync(this IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DatabaseMigrator>().MigrateAsync(cancellationToken);

    /// <summary>Hands each queued message to its consumer; returns the ids of the messages that were not handled.</summary>
    public static Task<IReadOnlyList<string>> ProcessQueuedMessagesAsync(this IServiceProvider services,
        IReadOnlyList<ReceivedMessage> batch, CancellationToken cancellationToken) =>
        services.GetRequiredService<QueuedMessageProcessor>().ProcessAsync(batch, cancellationToken);

    /// <summary>The periodic jobs EventBridge Scheduler names in <c>{"command": "..."}</c>.</summary>
    public static IReadOnlyList<string> ScheduledCommandNames => ScheduledCommands.Names;

    /// <summary>Runs the named periodic job; false when there is no job of that name.</summary>
    public static Task<(bool Known, int Handled)> RunScheduledCommandAsync(this IServiceProvider services, string name,
        CancellationToken cancellationToken) =>
        ScheduledCommands.RunAsync(services, name, cancellationToken);
}
