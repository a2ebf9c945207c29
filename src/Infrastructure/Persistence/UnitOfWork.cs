using CleanStudents.Application.Common.Persistence;

namespace CleanStudents.Infrastructure.Persistence;

internal sealed class UnitOfWork(ApplicationDbContext db) : IUnitOfWork
{
    public async Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var result = await work(cancellationToken);
            if (shouldCommit(result))
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
                db.ChangeTracker.Clear();
            }

            return result;
        }
        catch
        {
            // Nothing of a failed command may linger in the context of this request.
            db.ChangeTracker.Clear();
            throw;
        }
    }
}
