using System.Globalization;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.Infrastructure.Persistence;
using CleanStudents.Infrastructure.Persistence.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>The demo school of build/run.sh, seeded twice into a real, freshly migrated, empty database.</summary>
public sealed class DemoDataSeederTests
{
    private const string StudentUserId = "demo-student-sub";
    private const string LecturerUserId = "demo-lecturer-sub";
    private const string DemoStudent = "(SELECT id FROM students WHERE user_id = $1)";

    private static readonly string[] Tables =
        ["students", "lecturers", "subjects", "classes", "enrollments", "notifications", "notification_recipients"];

    private string _connectionString = null!;
    private Dictionary<string, string> _afterFirstRun = null!;
    private Dictionary<string, string> _afterSecondRun = null!;

    [OneTimeSetUp]
    public async Task SeedTwiceAsync()
    {
        _connectionString = await TestDatabase.CreateAsync("demo_seed");
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Database"] = _connectionString,
            ["Demo:StudentUserId"] = StudentUserId,
            ["Demo:LecturerUserId"] = LecturerUserId,
        }).Build();
        await using var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddInfrastructure(configuration).BuildServiceProvider();

        await InScopeAsync<DatabaseMigrator>(services, m => m.MigrateAsync(CancellationToken.None));
        await InScopeAsync<DemoDataSeeder>(services, s => s.SeedAsync(CancellationToken.None));
        _afterFirstRun = await SnapshotAsync();
        await InScopeAsync<DemoDataSeeder>(services, s => s.SeedAsync(CancellationToken.None));
        _afterSecondRun = await SnapshotAsync();
    }

    [OneTimeTearDown]
    public Task DropAsync() => TestDatabase.DropAsync(_connectionString);

    [Test]
    public void The_second_run_inserts_and_updates_nothing()
    {
        _afterSecondRun.Should().Equal(_afterFirstRun);
        Tables.Should().OnlyContain(table => _afterFirstRun[$"{table}:count"] != "0");
    }

    [Test]
    public async Task The_school_has_lecturers_subjects_and_classes_in_two_terms_with_consistent_seat_counts()
    {
        _afterFirstRun["lecturers:count"].Should().Be("4");
        _afterFirstRun["subjects:count"].Should().Be("6");
        (await ScalarAsync("SELECT count(DISTINCT term) FROM classes")).Should().Be(2L);
        (await ScalarAsync("SELECT sum(enrolled_count) = (SELECT count(*) FROM enrollments) FROM classes")).Should().Be(true);
    }

    [Test]
    public async Task The_demo_student_has_graded_classes_an_ungraded_one_and_notifications()
    {
        (await ScalarAsync($"SELECT count(*) FROM enrollments WHERE student_id = {DemoStudent} AND score IS NOT NULL", StudentUserId))
            .Should().BeOfType<long>().Which.Should().BeGreaterThanOrEqualTo(3);
        (await ScalarAsync($"SELECT count(*) FROM enrollments WHERE student_id = {DemoStudent} AND score IS NULL", StudentUserId))
            .Should().Be(1L);
        (await ScalarAsync($"SELECT count(*) FROM notification_recipients WHERE student_id = {DemoStudent}", StudentUserId))
            .Should().Be(2L);
    }

    [Test]
    public async Task The_demo_lecturer_is_linked_and_teaches_in_both_terms() =>
        (await ScalarAsync(
            "SELECT count(DISTINCT c.term) FROM classes c JOIN lecturers l ON l.id = c.lecturer_id WHERE l.user_id = $1",
            LecturerUserId)).Should().Be(2L);

    private static async Task InScopeAsync<T>(IServiceProvider services, Func<T, Task> work)
        where T : notnull
    {
        await using var scope = services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<T>());
    }

    /// <summary>Per table its row count and its rows' xmin: any insert or update changes one of them.</summary>
    private async Task<Dictionary<string, string>> SnapshotAsync()
    {
        var snapshot = new Dictionary<string, string>();
        foreach (var table in Tables)
        {
            snapshot[$"{table}:count"] = Convert.ToString(await ScalarAsync($"SELECT count(*) FROM {table}"),
                CultureInfo.InvariantCulture)!;
            snapshot[$"{table}:xmin"] = (string)(await ScalarAsync(
                $"SELECT coalesce(string_agg(xmin::text, ',' ORDER BY xmin::text), '') FROM {table}"))!;
        }

        return snapshot;
    }

    private Task<object?> ScalarAsync(string sql, params object[] parameters) =>
        Sql.ScalarAsync(_connectionString, sql, parameters);
}
