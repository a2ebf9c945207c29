using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CleanStudents.WebApi.AcceptanceTests.Support;
using static CleanStudents.WebApi.AcceptanceTests.Support.Api;

namespace CleanStudents.WebApi.AcceptanceTests.Reliability;

/// <summary>
/// End-to-end latency of the work queue at a steady rate: create → <c>invitation: "sent"</c> (outbox → queue → poller →
/// cognito-local → link), and enrollment → the lecturer's notification. CI size by default; build/load.sh runs
/// 20 requests/s for 60 s (INVITE_RATE, INVITE_SECONDS).
/// </summary>
public sealed class InvitationLatencyTests
{
    private static int Rate => LoadRun.Setting("INVITE_RATE", 10);

    private static TimeSpan Duration => TimeSpan.FromSeconds(LoadRun.Setting("INVITE_SECONDS", 5));

    [Test]
    public async Task At_a_steady_create_rate_every_invitation_is_sent_within_five_seconds_at_p95()
    {
        var host = await StartHostAsync("invitation_latency");
        try
        {
            using var admin = host.CreateHttpClient(Admin.AccessToken);
            var run = new SteadyRun<Guid>();

            await run.RunAsync(Rate, Duration, _ => CreatedIdAsync(admin, "/api/students", StudentBodies.New()),
                waiting => IdsAsync(host.ConnectionString, "SELECT id FROM students WHERE invitation = 'Sent' AND id = ANY($1)", waiting));

            Report(run, "Invitations", "create -> sent");
            run.Done.Should().Be(run.Acknowledged, "every acknowledged create gets its invitation");
            run.Percentile(0.95).Should().BeLessThan(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }

    [Test]
    public async Task At_a_steady_enrollment_rate_the_lecturer_is_notified_of_each_within_five_seconds_at_p95()
    {
        var host = await StartHostAsync("notification_latency");
        try
        {
            using var admin = host.CreateHttpClient(Admin.AccessToken);
            var lecturerId = await CreatedIdAsync(admin, "/api/lecturers", LecturerBodies.New());
            var subjectId = await CreatedIdAsync(admin, "/api/subjects", SubjectBodies.New());
            var count = (int)(Rate * Duration.TotalSeconds);
            // Classes hold at most 500; the students are rows of their own, not part of what is measured.
            var classIds = new List<Guid>();
            for (var seats = 0; seats < count; seats += 500)
            {
                classIds.Add(await CreatedIdAsync(admin, "/api/classes", Teaching.ClassBody(subjectId, lecturerId, capacity: 500)));
            }

            var students = await InsertStudentsAsync(host.ConnectionString, count);
            var run = new SteadyRun<string>();

            await run.RunAsync(Rate, Duration, i => EnrolledNumberAsync(admin, classIds[i / 500], students[i]),
                waiting => NotifiedNumbersAsync(host.ConnectionString, lecturerId, waiting));

            Report(run, "Notifications", "enrollment -> lecturer notified");
            run.Done.Should().Be(run.Acknowledged, "the lecturer hears of every enrollment");
            run.Percentile(0.95).Should().BeLessThan(TimeSpan.FromSeconds(5));
        }
        finally
        {
            await OwnHost.StopAsync(host);
        }
    }

    private static Task<ApiHost> StartHostAsync(string name) => OwnHost.StartAsync(name, new Dictionary<string, string?>
    {
        ["RateLimiting:TokenLimit"] = "1000000",
        ["RateLimiting:TokensPerPeriod"] = "1000000",
    });

    private static void Report<TKey>(SteadyRun<TKey> run, string what, string latency)
        where TKey : notnull =>
        TestContext.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what} ({Rate} requests/s for {Duration.TotalSeconds:0} s): {run.Acknowledged} acknowledged, {run.Done} done, " +
            $"{latency} p50 {run.Percentile(0.50).TotalMilliseconds:0} ms, p95 {run.Percentile(0.95).TotalMilliseconds:0} ms, " +
            $"max {run.Percentile(1).TotalMilliseconds:0} ms"));

    private static async Task<Guid> CreatedIdAsync(HttpClient admin, string path, object body)
    {
        using var response = await admin.PostAsJsonAsync(path, body);
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<string> EnrolledNumberAsync(HttpClient admin, Guid classId, (Guid Id, string Number) student)
    {
        using var response = await admin.PostAsJsonAsync($"/api/classes/{classId}/enrollments", new { studentId = student.Id });
        await response.ShouldHaveStatusAsync(HttpStatusCode.Created);
        return student.Number;
    }

    private static async Task<List<(Guid Id, string Number)>> InsertStudentsAsync(string connectionString, int count)
    {
        var prefix = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var insert = new Npgsql.NpgsqlCommand(
            """
            INSERT INTO students (id, student_number, first_name, last_name, email, date_of_birth, enrolled_on, status)
            SELECT gen_random_uuid(), $1 || '-' || i, 'Load', 'Student' || i, lower($1) || '.' || i || '@load.test',
                   DATE '2001-02-03', DATE '2026-01-01', 'Active'
            FROM generate_series(1, $2) AS i
            RETURNING id, student_number
            """, connection);
        insert.Parameters.Add(new Npgsql.NpgsqlParameter { Value = prefix });
        insert.Parameters.Add(new Npgsql.NpgsqlParameter { Value = count });
        await using var reader = await insert.ExecuteReaderAsync();
        var students = new List<(Guid, string)>();
        while (await reader.ReadAsync())
        {
            students.Add((reader.GetGuid(0), reader.GetString(1)));
        }

        return students;
    }

    /// <summary>Student numbers the lecturer was notified of (each notice names the student by number).</summary>
    private static async Task<IEnumerable<string>> NotifiedNumbersAsync(string connectionString, Guid lecturerId, string[] waiting)
    {
        var notified = await TextsAsync(connectionString,
            """
            SELECT substring(n.body FROM '\(([^)]+)\) enrolled')
            FROM lecturer_notification_recipients r JOIN notifications n ON n.id = r.notification_id
            WHERE r.lecturer_id = $1
            """, lecturerId);
        return waiting.Where(notified.Contains);
    }

    private static async Task<IEnumerable<Guid>> IdsAsync(string connectionString, string sql, Guid[] ids)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = ids });
        await using var reader = await command.ExecuteReaderAsync();
        var found = new List<Guid>();
        while (await reader.ReadAsync())
        {
            found.Add(reader.GetGuid(0));
        }

        return found;
    }

    private static async Task<HashSet<string>> TextsAsync(string connectionString, string sql, Guid lecturerId)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand(sql, connection);
        command.Parameters.Add(new Npgsql.NpgsqlParameter { Value = lecturerId });
        await using var reader = await command.ExecuteReaderAsync();
        var found = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync())
        {
            if (!reader.IsDBNull(0))
            {
                found.Add(reader.GetString(0));
            }
        }

        return found;
    }
}
