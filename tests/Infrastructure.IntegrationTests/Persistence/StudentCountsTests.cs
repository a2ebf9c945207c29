using CleanStudents.Domain.Students;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The counter rows stay equal to <c>count(*)</c> whatever changes the students table: single and
/// bulk inserts, status changes, other updates, deletes and truncation, from EF Core or plain SQL.
/// </summary>
[TestFixture]
public sealed class StudentCountsTests
{
    private string _connectionString = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _connectionString = await TestDatabase.CreateAsync("student_counts");
        await using var db = Context();
        await db.Database.MigrateAsync();
    }

    [TearDown]
    public Task DropDatabase() => TestDatabase.DropAsync(_connectionString);

    [Test]
    public async Task Counts_follow_inserts_status_changes_deletes_and_truncation()
    {
        await using var db = Context();
        var counts = new StudentCounts(db);
        (await counts.CountAsync(null, CancellationToken.None)).Should().Be(0);

        var ada = Student.Admit(Guid.CreateVersion7(), null, "Ada", "Lovelace", "ada@counts.test",
            new DateOnly(2000, 1, 1), new DateOnly(2024, 9, 1)).OrThrow();
        db.Students.Add(ada);
        await db.SaveChangesAsync();
        await Sql(db, """
            INSERT INTO students (id, student_number, first_name, last_name, email, date_of_birth, enrolled_on, status)
            SELECT gen_random_uuid(), 'C' || i, 'Bulk', 'Row', 'bulk' || i || '@counts.test', DATE '2000-01-01',
                   DATE '2024-09-01', CASE WHEN i % 3 = 0 THEN 'Graduated' ELSE 'Active' END
            FROM generate_series(1, 30) AS i
            """);
        await ShouldMatchRowCountsAsync(db, counts);

        ada.Update(ada.StudentNumber.Value, "Ada", "Byron", ada.Email, ada.DateOfBirth, ada.EnrolledOn, StudentStatus.Suspended);
        await db.SaveChangesAsync();
        await Sql(db, "UPDATE students SET first_name = 'Renamed' WHERE status = 'Active'");
        await Sql(db, "UPDATE students SET status = 'Withdrawn' WHERE student_number IN ('C1', 'C3')");
        await ShouldMatchRowCountsAsync(db, counts);

        await Sql(db, "DELETE FROM students WHERE student_number IN ('C2', 'C6')");
        db.Students.Remove(ada);
        await db.SaveChangesAsync();
        await ShouldMatchRowCountsAsync(db, counts);

        await Sql(db, "TRUNCATE students CASCADE");
        await ShouldMatchRowCountsAsync(db, counts);
        (await counts.CountAsync(null, CancellationToken.None)).Should().Be(0);
    }

    [Test]
    public async Task A_rolled_back_insert_leaves_the_counts_alone()
    {
        await using var db = Context();
        var counts = new StudentCounts(db);
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            await Sql(db, """
                INSERT INTO students (id, student_number, first_name, last_name, email, date_of_birth, enrolled_on, status)
                VALUES (gen_random_uuid(), 'R1', 'Roll', 'Back', 'rollback@counts.test', DATE '2000-01-01', DATE '2024-09-01', 'Active')
                """);
            (await counts.CountAsync(null, CancellationToken.None)).Should().Be(1, "the transaction sees its own insert");
            await transaction.RollbackAsync();
        }

        (await counts.CountAsync(null, CancellationToken.None)).Should().Be(0);
    }

    private static async Task ShouldMatchRowCountsAsync(ApplicationDbContext db, StudentCounts counts)
    {
        (await counts.CountAsync(null, CancellationToken.None)).Should().Be(await db.Students.CountAsync());
        foreach (var status in Enum.GetValues<StudentStatus>())
        {
            (await counts.CountAsync(status, CancellationToken.None))
                .Should().Be(await db.Students.CountAsync(s => s.Status == status), $"the count of {status} students");
        }
    }

    private static Task<int> Sql(ApplicationDbContext db, string sql) => db.Database.ExecuteSqlRawAsync(sql);

    private ApplicationDbContext Context() => new(new DbContextOptionsBuilder<ApplicationDbContext>()
        .UseNpgsql(_connectionString).Options);
}
