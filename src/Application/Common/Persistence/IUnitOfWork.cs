namespace CleanStudents.Application.Common.Persistence;

/// <summary>Runs a command's work in one database transaction.</summary>
public interface IUnitOfWork
{
    /// <summary>Commits when <paramref name="shouldCommit"/> approves the outcome, else rolls back.</summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit,
        CancellationToken cancellationToken);
}
