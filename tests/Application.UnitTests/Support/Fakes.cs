using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.UnitTests.Support;

internal sealed class FakeCurrentUser : ICurrentUser
{
    public bool IsAuthenticated { get; init; } = true;
    public string? UserId { get; init; } = "user-1";
    public string? Email { get; init; }
    public IReadOnlySet<Role> Roles { get; init; } = new HashSet<Role>();

    public static FakeCurrentUser Anonymous => new() { IsAuthenticated = false, UserId = null };

    public static FakeCurrentUser In(params Role[] roles) => new() { Roles = roles.ToHashSet() };
}

internal sealed class FakeCallerLinks(Guid? studentId = null, Guid? lecturerId = null, params Guid[] taughtClasses)
    : ICallerLinks
{
    /// <summary>The classes the linked student is enrolled in.</summary>
    public IReadOnlyList<Guid> AttendedClasses { get; init; } = [];

    public Task<Guid?> StudentIdAsync(CancellationToken cancellationToken) => Task.FromResult(studentId);

    public Task<Guid?> LecturerIdAsync(CancellationToken cancellationToken) => Task.FromResult(lecturerId);

    public Task<bool> TeachesClassAsync(Guid classId, CancellationToken cancellationToken) =>
        Task.FromResult(taughtClasses.Contains(classId));

    public Task<bool> AttendsClassAsync(Guid classId, CancellationToken cancellationToken) =>
        Task.FromResult(studentId is not null && AttendedClasses.Contains(classId));
}

/// <summary>Records what the transaction behaviour asked of it.</summary>
internal sealed class RecordingMetrics(List<string> journal) : IBusinessMetrics
{
    public void Count(BusinessMetric metric, int count = 1) => journal.Add($"count {metric}");
}

internal sealed class RecordingUnitOfWork(List<string> journal) : IUnitOfWork
{
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit,
        CancellationToken cancellationToken)
    {
        journal.Add("begin");
        var result = await work(cancellationToken);
        journal.Add(shouldCommit(result) ? "commit" : "rollback");
        return result;
    }
}
