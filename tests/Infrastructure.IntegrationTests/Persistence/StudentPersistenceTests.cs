using CleanStudents.Application.Common.Persistence;
using CleanStudents.Domain.Students;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>What the database itself guarantees for students, on a real PostgreSQL.</summary>
public sealed class StudentPersistenceTests
{
    private MigratedDatabase _database = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _database = await MigratedDatabase.CreateAsync("students");

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await _database.DisposeAsync();

    private static Student NewStudent(string? email = null, string? number = null) =>
        Student.Admit(Guid.CreateVersion7(), number, "Ada", "Lovelace", email ?? $"{Guid.NewGuid():N}@db.test",
            new DateOnly(2004, 3, 14), new DateOnly(2024, 9, 1)).OrThrow();

    private async Task SaveAsync(Student student)
    {
        await using var db = _database.CreateContext();
        db.Students.Add(student);
        await db.SaveChangesAsync();
    }

    /// <summary>A row written by hand, as a careless script would: the database must still hold its rules.</summary>
    private Task<object?> InsertAroundTheDomainAsync(string email, string status) => Sql.ScalarAsync(_database.ConnectionString,
        "INSERT INTO students (id, student_number, first_name, last_name, email, date_of_birth, enrolled_on, status) " +
        $"VALUES (gen_random_uuid(), 'RAW-{Guid.NewGuid().ToString("N")[..8].ToUpperInvariant()}', 'A', 'B', '{email}', '2000-01-01', '2024-09-01', '{status}')");

    [Test]
    public async Task Migrations_apply_to_an_empty_database_and_leave_nothing_pending()
    {
        await using var db = _database.CreateContext();

        (await db.Database.GetPendingMigrationsAsync()).Should().BeEmpty();
        (await db.Database.GetAppliedMigrationsAsync()).Should().NotBeEmpty();
        (await Sql.ScalarAsync(_database.ConnectionString, "SELECT extname::text FROM pg_extension WHERE extname = 'pg_trgm'")).Should().Be("pg_trgm");
    }

    [Test]
    public async Task The_email_is_unique_ignoring_case()
    {
        var email = $"{Guid.NewGuid():N}@db.test";
        await SaveAsync(NewStudent(email));

        var duplicate = () => SaveAsync(NewStudent(email.ToUpperInvariant()));

        (await duplicate.Should().ThrowAsync<ConstraintViolationException>()).WithMessage("*email already exists*");
    }

    [Test]
    public async Task A_mixed_case_email_written_around_the_domain_is_refused_by_a_check()
    {
        var insert = () => InsertAroundTheDomainAsync("Mixed@Case.test", "Active");

        await insert.Should().ThrowAsync<Npgsql.PostgresException>().Where(e => e.ConstraintName == "ck_students_email_lower_case");
    }

    [Test]
    public async Task The_student_number_is_unique()
    {
        var number = "U-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await SaveAsync(NewStudent(number: number));

        var duplicate = () => SaveAsync(NewStudent(number: number));

        (await duplicate.Should().ThrowAsync<ConstraintViolationException>()).WithMessage("*student number already exists*");
    }

    [Test]
    public async Task The_version_changes_on_every_update_and_a_stale_one_is_refused()
    {
        var student = NewStudent();
        await SaveAsync(student);
        await using var first = _database.CreateContext();
        await using var second = _database.CreateContext();
        var mine = await first.Students.SingleAsync(s => s.Id == student.Id);
        var theirs = await second.Students.SingleAsync(s => s.Id == student.Id);
        var before = mine.Version;

        theirs.Update(theirs.StudentNumber.Value, "Theirs", theirs.LastName, theirs.Email, theirs.DateOfBirth, theirs.EnrolledOn, theirs.Status);
        await second.SaveChangesAsync();
        mine.Update(mine.StudentNumber.Value, "Mine", mine.LastName, mine.Email, mine.DateOfBirth, mine.EnrolledOn, mine.Status);
        var save = () => first.SaveChangesAsync();

        theirs.Version.Should().NotBe(before);
        await save.Should().ThrowAsync<ConcurrencyConflictException>();
    }

    [Test]
    public async Task An_unknown_status_is_refused_by_a_check()
    {
        var insert = () => InsertAroundTheDomainAsync($"{Guid.NewGuid():N}@db.test", "Expelled");

        await insert.Should().ThrowAsync<Npgsql.PostgresException>().Where(e => e.ConstraintName == "ck_students_status");
    }

    [Test]
    public async Task The_search_column_holds_lower_case_names_email_and_number()
    {
        var student = NewStudent();
        await SaveAsync(student);

        var text = await Sql.ScalarAsync(_database.ConnectionString, "SELECT search_text FROM students WHERE id = $1", student.Id);

        text.Should().Be($"{student.StudentNumber.Value.ToLowerInvariant()} ada lovelace {student.Email}");
    }
}
