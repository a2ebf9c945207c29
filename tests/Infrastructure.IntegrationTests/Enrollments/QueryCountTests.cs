using CleanStudents.Application.Classes.Queries.ListClasses;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Enrollments.Queries.GetClassRoster;
using CleanStudents.Application.Enrollments.Queries.GetTranscript;
using CleanStudents.Application.Enrollments.Queries.ListStudentEnrollments;
using CleanStudents.Infrastructure.IntegrationTests.Support;

namespace CleanStudents.Infrastructure.IntegrationTests.Enrollments;

/// <summary>No N+1: a read costs the same number of SQL commands for one row as for many.</summary>
public sealed class QueryCountTests
{
    private MigratedApp _app = null!;

    [OneTimeSetUp]
    public async Task CreateDatabaseAsync() => _app = await MigratedApp.CreateAsync("query_count");

    [OneTimeTearDown]
    public async Task DropDatabaseAsync() => await _app.DisposeAsync();

    [Test]
    public async Task The_roster_costs_the_same_for_one_student_as_for_thirty()
    {
        await using var db = _app.Database.CreateContext();
        var small = await db.AddClassAsync(capacity: 30);
        var large = await db.AddClassAsync(capacity: 30);
        await db.EnrollAsync(small, await db.AddStudentsAsync(1), 7.5m);
        await db.EnrollAsync(large, await db.AddStudentsAsync(30), 7.5m);

        var (one, oneCommands) = await SendCountingAsync(new GetClassRosterQuery(small.Id));
        var (thirty, thirtyCommands) = await SendCountingAsync(new GetClassRosterQuery(large.Id));

        one.Should().HaveCount(1);
        thirty.Should().HaveCount(30).And.OnlyContain(e => e.LetterGrade == "B");
        thirtyCommands.Should().Be(oneCommands).And.BeLessThanOrEqualTo(2);
    }

    [Test]
    public async Task A_students_enrollments_and_transcript_cost_the_same_for_one_class_as_for_twelve()
    {
        await using var db = _app.Database.CreateContext();
        var students = await db.AddStudentsAsync(2);
        await db.EnrollAsync(await db.AddClassAsync(capacity: 5), students.Take(1), 9m);
        for (var i = 0; i < 12; i++)
        {
            await db.EnrollAsync(await db.AddClassAsync(capacity: 5, term: $"20{10 + i}-S1"), students.Skip(1), 4m);
        }

        var (oneTranscript, oneCommands) = await SendCountingAsync(new GetTranscriptQuery(students[0].Id));
        var (twelveTranscript, twelveCommands) = await SendCountingAsync(new GetTranscriptQuery(students[1].Id));
        var (_, oneListCommands) = await SendCountingAsync(new ListStudentEnrollmentsQuery(students[0].Id));
        var (twelveList, twelveListCommands) = await SendCountingAsync(new ListStudentEnrollmentsQuery(students[1].Id));

        oneTranscript.Entries.Should().HaveCount(1);
        twelveTranscript.Entries.Should().HaveCount(12).And.BeInAscendingOrder(e => e.Term);
        twelveTranscript.Should().BeEquivalentTo(new { CreditsAttempted = 60, CreditsEarned = 60, Gpa = 1.00m });
        twelveList.Should().HaveCount(12);
        twelveCommands.Should().Be(oneCommands).And.BeLessThanOrEqualTo(2);
        twelveListCommands.Should().Be(oneListCommands).And.BeLessThanOrEqualTo(2);
    }

    [Test]
    public async Task A_page_of_classes_costs_the_same_for_one_class_as_for_forty()
    {
        await using var db = _app.Database.CreateContext();
        await db.AddClassAsync(capacity: 5, term: "2031-S1");
        for (var i = 0; i < 40; i++)
        {
            await db.AddClassAsync(capacity: 5, term: "2032-S2", withLecturer: i % 2 == 0);
        }

        var (one, oneCommands) = await SendCountingAsync(new ListClassesQuery(Term: "2031-S1"));
        var (forty, fortyCommands) = await SendCountingAsync(new ListClassesQuery(PageSize: 100, Term: "2032-S2"));

        one.Items.Should().ContainSingle();
        forty.Items.Should().HaveCount(40).And.Contain(c => c.LecturerName == null).And.Contain(c => c.LecturerName != null);
        forty.Items.Should().BeInAscendingOrder(c => c.Code, StringComparer.Ordinal);
        // One query for the page with its names; a count only when the page is full.
        fortyCommands.Should().Be(oneCommands).And.BeInRange(1, 2);
    }

    private async Task<(T Value, int Commands)> SendCountingAsync<T>(IUseCase<T> request)
    {
        var (value, commands) = await _app.SendRecordingAsync(request);
        return (value, commands.Count);
    }
}
