using CleanStudents.Domain.Students;
using CleanStudents.Infrastructure.Persistence.Lists;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// Sums the per-status counter rows that triggers on <c>students</c> maintain (migration
/// StudentCountTriggers): at most a few dozen rows, whatever the number of students. One plain
/// command on the context's connection and transaction: a scalar needs no LINQ pipeline.
/// </summary>
internal sealed class StudentCounts(ApplicationDbContext db) : IKeptTotal<Student, StudentStatus?>
{
    private const string Total = "SELECT coalesce(sum(count), 0)::int FROM student_counts";
    private const string TotalOfStatus = Total + " WHERE status = $1";

    public async Task<int> CountAsync(StudentStatus? status, CancellationToken cancellationToken)
    {
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand(status is null ? Total : TotalOfStatus,
                (NpgsqlConnection)db.Database.GetDbConnection(),
                (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction());
            if (status is { } only)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = only.ToString() });
            }

            return (int)(await command.ExecuteScalarAsync(cancellationToken))!;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
