using CleanStudents.Application.Classes.Queries.ListClasses;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Students.Queries.ListStudents;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Enrollments;

/// <summary>
/// On a large generated school, the SQL the list use cases really send is planned on indexes:
/// EXPLAIN of each recorded command shows index scans and no sequential scan of the big table.
/// </summary>
public sealed class QueryPlanTests
{
    private const int Rows = 300_000;

    private MigratedApp _app = null!;

    [OneTimeSetUp]
    public async Task GenerateAsync()
    {
        _app = await MigratedApp.CreateAsync("query_plans");
        await ExecuteAsync($"""
            INSERT INTO subjects (id, code, name, credits)
            SELECT gen_random_uuid(), 'GEN' || lpad(i::text, 4, '0'), 'Generated subject ' || i, 1 + i % 10
            FROM generate_series(1, 50) AS i;
            INSERT INTO lecturers (id, staff_number, first_name, last_name, email)
            SELECT gen_random_uuid(), 'L-GEN' || i, 'Lecturer', 'Number' || i, 'lecturer' || i || '@gen.test'
            FROM generate_series(1, 200) AS i;
            INSERT INTO classes (id, code, subject_id, lecturer_id, term, capacity, enrolled_count)
            SELECT gen_random_uuid(), 'GEN-' || i,
                   (ARRAY(SELECT id FROM subjects))[1 + i % 50],
                   (ARRAY(SELECT id FROM lecturers))[1 + i % 200],
                   (2000 + i % 100) || '-S' || (1 + i % 3), 30, 0
            FROM generate_series(1, {Rows}) AS i;
            INSERT INTO students (id, student_number, first_name, last_name, email, date_of_birth, enrolled_on, status)
            SELECT gen_random_uuid(), 'GEN-' || i, 'First' || i, 'Last' || i, 'student' || i || '@gen.test',
                   DATE '2004-01-01' + i % 3000, DATE '2024-09-01', 'Active'
            FROM generate_series(1, {Rows}) AS i;
            ANALYZE;
            """);
    }

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await _app.DisposeAsync();

    [Test]
    public async Task Classes_of_a_term_are_read_through_the_term_index()
    {
        var plans = await PlansOfAsync(new ListClassesQuery(Term: "2042-S1"));

        plans.Should().HaveCount(2).And.OnlyContain(p => !p.Contains("Seq Scan on classes"));
        plans.Should().OnlyContain(p => p.Contains("ix_classes_term_code"));
    }

    [Test]
    public async Task A_student_search_of_five_or_more_characters_is_narrowed_by_its_5_grams()
    {
        var plans = await PlansOfAsync(new ListStudentsQuery(Search: "student123456@"));

        // One match: the short page ends the list, so there is no separate count. The planner inlined
        // search_grams_cover and folded the term's grams, so ix_students_search_grams can serve it; which
        // of the two indexes it reads depends on the statistics.
        plans.Should().ContainSingle().And.OnlyContain(p => !p.Contains("Seq Scan on students"));
        plans.Should().OnlyContain(p => p.Contains("search_grams(search_text) @> '{stude,") && p.Contains("Bitmap Index Scan on ix_students_search_"));
    }

    [Test]
    public async Task A_shorter_student_search_is_read_through_the_trigram_index()
    {
        var plans = await PlansOfAsync(new ListStudentsQuery(Search: "1234"));

        plans.Should().NotBeEmpty().And.OnlyContain(p => !p.Contains("Seq Scan on students") && !p.Contains("search_grams"));
        plans.Should().Contain(p => p.Contains("Bitmap Index Scan on ix_students_search_text"));
    }

    [Test]
    public async Task A_class_search_is_narrowed_by_its_5_grams_as_every_list_search_is()
    {
        var plans = await PlansOfAsync(new ListClassesQuery(Search: "gen-123456"));

        // The one paging path: the same 5-gram narrowing, and the total from the same statement, as students.
        plans.Should().ContainSingle().And.OnlyContain(p => !p.Contains("Seq Scan on classes"));
        plans.Should().OnlyContain(p => p.Contains("search_grams(search_text) @> '{gen-1,") && p.Contains("Bitmap Index Scan on ix_classes_search_"));
    }

    /// <summary>Runs the use case as the app would, then EXPLAINs each SQL command it sent, with its parameters.</summary>
    private async Task<List<string>> PlansOfAsync<T>(IUseCase<T> request)
    {
        var (_, commands) = await _app.SendRecordingAsync(request);
        await using var connection = new NpgsqlConnection(_app.Database.ConnectionString);
        await connection.OpenAsync();
        var plans = new List<string>();
        foreach (var command in commands)
        {
            command.CommandText = "EXPLAIN " + command.CommandText;
            command.Connection = connection;
            var lines = new List<string>();
            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    lines.Add(reader.GetString(0));
                }
            }

            plans.Add(string.Join(Environment.NewLine, lines));
        }

        TestContext.Out.WriteLine(string.Join(Environment.NewLine + "---" + Environment.NewLine, plans));
        return plans;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(_app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 300 };
        await command.ExecuteNonQueryAsync();
    }
}
