using System.Data;
using System.Data.Common;
using CleanStudents.Application.Common.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CleanStudents.Infrastructure.Persistence;

/// <summary>
/// Runs a command in its own transaction, or, when the request already opened one (an
/// idempotency key claimed with it), in a savepoint of that one: a refused command then leaves
/// the key's row intact so its refusal can be stored and replayed.
/// </summary>
internal sealed class UnitOfWork(ApplicationDbContext db) : IUnitOfWork
{
    private const string Savepoint = "command";

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit,
        CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is { } ambient
            ? InSavepointAsync(ambient, work, shouldCommit, cancellationToken)
            : InOwnTransactionAsync(work, shouldCommit, cancellationToken);

    private async Task<T> InOwnTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<T, bool> shouldCommit,
        CancellationToken cancellationToken)
    {
        T result;
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            try
            {
                result = await work(cancellationToken);
                if (shouldCommit(result))
                {
                    await transaction.CommitAsync(cancellationToken);
                }
                else
                {
                    await transaction.RollbackAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }
            catch
            {
                // Nothing of a failed command may linger in the context of this request.
                db.ChangeTracker.Clear();
                throw;
            }
        }

        // The connection is back in the pool: now wait for the queue to take the outbox rows (ADR 0206).
        await db.OutboxSentAsync();
        return result;
    }

    private async Task<T> InSavepointAsync<T>(IDbContextTransaction ambient, Func<CancellationToken, Task<T>> work,
        Func<T, bool> shouldCommit, CancellationToken cancellationToken)
    {
        await ambient.CreateSavepointAsync(Savepoint, cancellationToken);
        try
        {
            var result = await work(cancellationToken);
            if (shouldCommit(result))
            {
                await ambient.ReleaseSavepointAsync(Savepoint, cancellationToken);
            }
            else
            {
                await ambient.RollbackToSavepointAsync(Savepoint, cancellationToken);
                db.ChangeTracker.Clear();
            }

            return result;
        }
        catch (InvalidOperationException ex) when (ConnectionBroke())
        {
            // Npgsql reports a transaction that died with its connection as "already completed".
            await TryRollbackToSavepointAsync(ambient);
            throw new ConnectionLostException(ex);
        }
        catch
        {
            await TryRollbackToSavepointAsync(ambient);
            throw;
        }
    }

    private bool ConnectionBroke() => db.Database.GetDbConnection().State != ConnectionState.Open;

    private async Task TryRollbackToSavepointAsync(IDbContextTransaction ambient)
    {
        db.ChangeTracker.Clear();
        try
        {
            await ambient.RollbackToSavepointAsync(Savepoint, CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbException or InvalidOperationException)
        {
            // The connection broke (the transaction is gone with it); the original failure is what counts.
        }
    }
}
