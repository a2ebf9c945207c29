using CleanStudents.Infrastructure.IntegrationTests.Support;
using CleanStudents.Infrastructure.Persistence;
using CleanStudents.Infrastructure.Persistence.Seeding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The app's own role (ADR 0205) on the real local PostgreSQL: migrations, run as the owner, create it and grant it
/// data rights; signed in as it, the app does its work, and cannot drop, alter or read beyond its tables.
/// </summary>
[NonParallelizable]
public sealed class AppRoleGrantsTests
{
    private const string AppRole = "cleanstudents_app_test";
    private const string Password = "app-role-test-password";

    private string _owner = null!;
    private string _app = null!;

    [OneTimeSetUp]
    public async Task MigrateAsTheOwnerAsync()
    {
        _owner = await TestDatabase.CreateAsync("app_role");
        await Sql.ScalarAsync(_owner, "CREATE SCHEMA other; CREATE TABLE other.secrets (value text); INSERT INTO other.secrets VALUES ('owner only')");
        await using (var owner = Services(_owner, new() { ["Database:AppRole"] = AppRole }))
        {
            await InScopeAsync<DatabaseMigrator>(owner, m => m.MigrateAsync(CancellationToken.None));
            // Twice: the grants are idempotent, as every deploy runs them.
            await InScopeAsync<DatabaseMigrator>(owner, m => m.MigrateAsync(CancellationToken.None));
        }

        // Locally the role gets a password to sign in with; on RDS it signs in with IAM (rds_iam).
        await Sql.ScalarAsync(_owner, $"ALTER ROLE {AppRole} PASSWORD '{Password}'");
        _app = new NpgsqlConnectionStringBuilder(_owner) { Username = AppRole, Password = Password, Pooling = false }.ConnectionString;
    }

    [OneTimeTearDown]
    public Task DropAsync() => TestDatabase.DropAsync(_owner);

    [Test]
    public async Task Signed_in_as_the_app_role_the_app_writes_and_reads_every_table_of_its_own()
    {
        await using (var app = Services(_app, new() { ["Demo:StudentUserId"] = "app-role-student" }))
        {
            // The seeder inserts and updates rows of every table, firing the counter and search triggers.
            await InScopeAsync<DemoDataSeeder>(app, s => s.SeedAsync(CancellationToken.None));
        }

        (await Sql.ScalarAsync(_app, "SELECT count(*) FROM enrollments")).Should().NotBe(0L);
        (await Sql.ScalarAsync(_app, "DELETE FROM notification_recipients WHERE false")).Should().BeNull();
        (await Sql.ScalarAsync(_app, "SELECT count(*) FROM \"__EFMigrationsHistory\"")).Should().NotBe(0L);
    }

    [TestCase("DROP TABLE students")]
    [TestCase("ALTER TABLE students ADD COLUMN nickname text")]
    [TestCase("CREATE TABLE mine (id int)")]
    [TestCase("TRUNCATE enrollments")]
    [TestCase("SELECT value FROM other.secrets")]
    [TestCase("DELETE FROM \"__EFMigrationsHistory\"")]
    [TestCase("CREATE ROLE intruder")]
    public async Task The_app_role_is_refused(string sql)
    {
        var run = () => Sql.ScalarAsync(_app, sql);

        await run.Should().ThrowAsync<PostgresException>()
            .Where(e => e.SqlState == PostgresErrorCodes.InsufficientPrivilege, $"the app role may not run: {sql}");
    }

    [Test]
    public async Task The_app_role_owns_nothing_and_is_no_superuser()
    {
        (await Sql.ScalarAsync(_owner, $"SELECT rolsuper OR rolcreaterole OR rolcreatedb FROM pg_roles WHERE rolname = '{AppRole}'")).Should().Be(false);
        (await Sql.ScalarAsync(_owner, $"SELECT count(*) FROM pg_class c JOIN pg_roles r ON r.oid = c.relowner WHERE r.rolname = '{AppRole}'"))
            .Should().Be(0L);
    }

    private static ServiceProvider Services(string connectionString, Dictionary<string, string?> settings)
    {
        settings["ConnectionStrings:Database"] = connectionString;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration)
            .AddInfrastructure(configuration).BuildServiceProvider();
    }

    private static async Task InScopeAsync<T>(IServiceProvider services, Func<T, Task> action)
        where T : notnull
    {
        await using var scope = services.CreateAsyncScope();
        await action(scope.ServiceProvider.GetRequiredService<T>());
    }
}
