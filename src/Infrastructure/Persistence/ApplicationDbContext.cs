using CleanStudents.Application.Common.Persistence;
using CleanStudents.Domain.Classes;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Domain.Files;
using CleanStudents.Domain.Lecturers;
using CleanStudents.Domain.Notifications;
using CleanStudents.Domain.Students;
using CleanStudents.Domain.Subjects;
using CleanStudents.Infrastructure.Persistence.Lists;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence;

internal sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<Student> Students => Set<Student>();

    public DbSet<Lecturer> Lecturers => Set<Lecturer>();

    public DbSet<Subject> Subjects => Set<Subject>();

    public DbSet<Class> Classes => Set<Class>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationRecipient> NotificationRecipients => Set<NotificationRecipient>();

    public DbSet<LecturerNotificationRecipient> LecturerNotificationRecipients => Set<LecturerNotificationRecipient>();

    public DbSet<StoredFile> Files => Set<StoredFile>();

    public Task<T?> FindUntrackedAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : Entity =>
        CompiledFind<T>.Untracked(this, id, cancellationToken);

    // The send of the outbox rows the last commit wrote (OutboxCommitInterceptor); it never fails.
    private Task _outboxSend = Task.CompletedTask;

    /// <summary>Waits until the queue has taken what the last commit wrote (bounded by Queue:SendWaitSeconds).</summary>
    internal Task OutboxSentAsync()
    {
        var send = _outboxSend;
        _outboxSend = Task.CompletedTask;
        return send;
    }

    internal void SendingOutbox(Task send) => _outboxSend = Task.WhenAll(_outboxSend, send);

    public override async Task<int> SaveChangesAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var resource = (ex.Entries.Count > 0 ? ex.Entries[0] : null)?.Metadata.ClrType.Name.ToLowerInvariant() ?? "resource";
            throw new ConcurrencyConflictException(resource, ex);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException postgres
                                            && ConstraintMessages.Describe(postgres) is { } detail)
        {
            throw new ConstraintViolationException(detail, ex);
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        // Created by migration SearchGrams.
        modelBuilder.HasDbFunction(typeof(SearchGrams).GetMethod(nameof(SearchGrams.Cover))!).HasName("search_grams_cover");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
        SnakeCaseNaming.Apply(modelBuilder);
    }
}
