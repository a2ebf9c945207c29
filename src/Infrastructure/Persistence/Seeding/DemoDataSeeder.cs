using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>
/// Fills the local stack's database with a small, believable school (the data is in
/// <see cref="DemoSchool"/>); running it again changes nothing. Everything is saved at once.
/// </summary>
internal sealed class DemoDataSeeder(ApplicationDbContext db, IOptions<DemoDataOptions> options, TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var people = new DemoPeople(db, options.Value, clock);
        var students = await people.EnsureStudentsAsync(cancellationToken);
        var lecturers = await people.EnsureLecturersAsync(cancellationToken);
        var classes = await new DemoCourses(db, clock).EnsureAsync(lecturers, cancellationToken);
        await new DemoEnrollments(db).EnsureAsync(classes, students, cancellationToken);
        await new DemoNotifications(db).EnsureAsync(classes, lecturers, students, cancellationToken);

        var changes = await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data is in place ({Changes} rows written)", changes);
    }
}
