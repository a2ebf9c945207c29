using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students;

/// <summary>
/// Exact student totals without counting rows: the database keeps them up to date in the same
/// transaction as every insert, delete and status change, so a list page costs the same at a
/// million students as at ten thousand.
/// </summary>
public interface IStudentCounts
{
    Task<int> CountAsync(StudentStatus? status, CancellationToken cancellationToken);
}
