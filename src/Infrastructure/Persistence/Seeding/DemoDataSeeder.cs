using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Persistence.Seeding;

/// <summary>Fills an empty database with a small, believable school; running it again changes nothing.</summary>
internal sealed class DemoDataSeeder(ApplicationDbContext db, IOptions<DemoDataOptions> options, TimeProvider clock,
    ILogger<DemoDataSeeder> logger)
{
    private static readonly (string Number, string First, string Last, string Email, DateOnly Born)[] Students =
    [
        ("S2024-0001", "Ada", "Lovelace", "ada.lovelace@cleanstudents.local", new(2004, 12, 10)),
        ("S2024-0002", "Alan", "Turing", "alan.turing@cleanstudents.local", new(2003, 6, 23)),
        ("S2024-0003", "Grace", "Hopper", "grace.hopper@cleanstudents.local", new(2004, 12, 9)),
        ("S2025-0004", "Edsger", "Dijkstra", "edsger.dijkstra@cleanstudents.local", new(2005, 5, 11)),
        ("S2025-0005", "Barbara", "Liskov", "barbara.liskov@cleanstudents.local", new(2005, 11, 7)),
        ("S2025-0006", "Donald", "Knuth", "donald.knuth@cleanstudents.local", new(2006, 1, 10)),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var demo = options.Value;
        var enrolledOn = new DateOnly(2024, 9, 1);
        await EnsureStudentAsync("S2024-0000", "Demo", "Student", demo.StudentEmail, new(2004, 3, 14), enrolledOn,
            demo.StudentUserId, cancellationToken);
        foreach (var s in Students)
        {
            await EnsureStudentAsync(s.Number, s.First, s.Last, s.Email, s.Born, enrolledOn, null, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Demo data is in place");
    }

    private async Task EnsureStudentAsync(string number, string first, string last, string email, DateOnly born,
        DateOnly enrolledOn, string? userId, CancellationToken cancellationToken)
    {
        var student = await db.Students.FirstOrDefaultAsync(s => s.StudentNumber == number, cancellationToken);
        if (student is null)
        {
            student = Student.Admit(Guid.CreateVersion7(clock.GetUtcNow()), number, first, last, email, born, enrolledOn);
            db.Students.Add(student);
        }

        if (userId is not null && student.UserId != userId)
        {
            student.LinkUser(userId);
        }
    }
}
