using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Enrollments.Commands.EnrollStudent;
using CleanStudents.Application.Enrollments.Commands.WithdrawStudent;
using CleanStudents.Domain.Enrollments;
using CleanStudents.Infrastructure.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CleanStudents.Infrastructure.IntegrationTests.Enrollments;

/// <summary>Seats under concurrency, on real PostgreSQL, through the real pipeline (one DI scope per request).</summary>
public sealed class CapacityTests
{
    private MigratedApp _app = null!;

    [SetUp]
    public async Task CreateDatabaseAsync() => _app = await MigratedApp.CreateAsync("capacity");

    [TearDown]
    public async Task DropDatabaseAsync() => await _app.DisposeAsync();

    [Test]
    public async Task Thirty_simultaneous_enrollments_into_five_seats_give_exactly_five()
    {
        var (classId, students) = await ClassWithStudentsAsync(capacity: 5, students: 30);

        var results = await Task.WhenAll(students.Select(s => SendAsync(new EnrollStudentCommand(s) { ClassId = classId })));

        results.Count(r => r.IsSuccess).Should().Be(5);
        results.Where(r => !r.IsSuccess).Should().HaveCount(25).And.OnlyContain(r => r.Error!.Kind == ErrorKind.Conflict);
        (await SeatsAsync(classId)).Should().Be((5, 5));
    }

    [Test]
    public async Task A_second_enrollment_of_the_same_student_is_refused()
    {
        var (classId, students) = await ClassWithStudentsAsync(capacity: 5, students: 1);

        var first = await SendAsync(new EnrollStudentCommand(students[0]) { ClassId = classId });
        var second = await SendAsync(new EnrollStudentCommand(students[0]) { ClassId = classId });

        first.IsSuccess.Should().BeTrue();
        second.Error.Should().BeEquivalentTo(new { Kind = ErrorKind.Conflict, Detail = "The student is already enrolled in this class." });
        (await SeatsAsync(classId)).Should().Be((1, 1));
    }

    [Test]
    public async Task The_same_student_enrolling_ten_times_at_once_takes_one_seat()
    {
        var (classId, students) = await ClassWithStudentsAsync(capacity: 5, students: 1);

        var results = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => SendAsync(new EnrollStudentCommand(students[0]) { ClassId = classId })));

        results.Count(r => r.IsSuccess).Should().Be(1);
        (await SeatsAsync(classId)).Should().Be((1, 1));
    }

    [Test]
    public async Task A_seat_given_back_while_others_race_for_it_goes_to_exactly_one()
    {
        var (classId, students) = await ClassWithStudentsAsync(capacity: 1, students: 9);
        (await SendAsync(new EnrollStudentCommand(students[0]) { ClassId = classId })).IsSuccess.Should().BeTrue();

        var withdraw = SendAsync(new WithdrawStudentCommand(classId, students[0]));
        var enrollments = students.Skip(1).Select(s => SendAsync(new EnrollStudentCommand(s) { ClassId = classId })).ToList();
        await Task.WhenAll(enrollments.Cast<Task>().Append(withdraw));

        (await withdraw).IsSuccess.Should().BeTrue();
        enrollments.Count(e => e.Result.IsSuccess).Should().BeLessThanOrEqualTo(1);
        (await SeatsAsync(classId)).Should().Be(enrollments.Any(e => e.Result.IsSuccess) ? (1, 1) : (0, 0));
    }

    [Test]
    public async Task The_database_itself_refuses_to_overfill_a_class()
    {
        var (classId, _) = await ClassWithStudentsAsync(capacity: 2, students: 0);
        await using var connection = new NpgsqlConnection(_app.Database.ConnectionString);
        await connection.OpenAsync();
        await using var overfill = new NpgsqlCommand("UPDATE classes SET enrolled_count = 3 WHERE id = $1", connection)
        {
            Parameters = { new NpgsqlParameter { Value = classId } },
        };

        var act = () => overfill.ExecuteNonQueryAsync();

        (await act.Should().ThrowAsync<PostgresException>()).Which.ConstraintName.Should().Be("ck_classes_enrolled_count");
    }

    [Test]
    public async Task The_primary_key_refuses_a_duplicate_enrollment_written_past_the_handler()
    {
        var (classId, students) = await ClassWithStudentsAsync(capacity: 5, students: 1);
        (await SendAsync(new EnrollStudentCommand(students[0]) { ClassId = classId })).IsSuccess.Should().BeTrue();
        await using var db = _app.Database.CreateContext();
        var offered = await db.Classes.SingleAsync(c => c.Id == classId);
        db.Enrollments.Add(offered.Enroll(students[0], DateTimeOffset.UtcNow).OrThrow());

        var act = () => db.SaveChangesAsync(CancellationToken.None);

        await act.Should().ThrowAsync<ConstraintViolationException>().WithMessage("The student is already enrolled in this class.");
    }

    private Task<Result<T>> SendAsync<T>(IUseCase<T> request) => _app.SendAsync(request);

    private async Task<(Guid ClassId, List<Guid> Students)> ClassWithStudentsAsync(int capacity, int students)
    {
        await using var db = _app.Database.CreateContext();
        var offered = await db.AddClassAsync(capacity);
        return (offered.Id, (await db.AddStudentsAsync(students)).Select(s => s.Id).ToList());
    }

    private async Task<(int EnrolledCount, int Rows)> SeatsAsync(Guid classId)
    {
        await using var db = _app.Database.CreateContext();
        var enrolledCount = await db.Classes.Where(c => c.Id == classId).Select(c => c.EnrolledCount).SingleAsync();
        return (enrolledCount, await db.Set<Enrollment>().CountAsync(e => e.ClassId == classId));
    }
}
