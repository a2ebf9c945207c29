using System.Globalization;
using CleanStudents.Application.Common.Ports;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CleanStudents.Infrastructure.Persistence.Idempotency;

/// <summary>
/// Claims keys with <c>INSERT … ON CONFLICT</c> inside the request's own transaction (the one the
/// command's unit of work joins). A racing duplicate blocks on the uncommitted key row until the
/// first request commits (then replays it) or rolls back (then runs itself).
/// </summary>
internal sealed class IdempotencyStore(ApplicationDbContext db, TimeProvider clock, IOptions<IdempotencyOptions> options)
    : IIdempotencyStore
{
    private const string LockNotAvailable = "55P03";

    private IDbContextTransaction? _transaction;

    public async Task<IdempotencyOutcome> ClaimAsync(IdempotencyRequest request, CancellationToken cancellationToken)
    {
        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var now = clock.GetUtcNow();
        try
        {
            var waitMs = (long)options.Value.WaitForConcurrent.TotalMilliseconds;
            await ExecuteAsync($"SET LOCAL lock_timeout = {waitMs.ToString(CultureInfo.InvariantCulture)}", [], cancellationToken);

            // An expired row is taken over as if new; a live one is left alone (but locked until we finish).
            var claimed = await ExecuteAsync(
                """
                INSERT INTO idempotency_keys (caller, key, request_hash, created_at, status_code, body)
                VALUES ($1, $2, $3, $4, 0, ''::bytea)
                ON CONFLICT (caller, key) DO UPDATE
                    SET request_hash = excluded.request_hash, created_at = excluded.created_at,
                        status_code = 0, content_type = NULL, location = NULL, etag = NULL, body = ''::bytea
                    WHERE idempotency_keys.created_at < $5
                """,
                [request.Caller, request.Key, request.Fingerprint, now, now - options.Value.Retention], cancellationToken);
            if (claimed == 1)
            {
                return IdempotencyOutcome.Claimed;
            }

            var existing = await FindAsync(request, cancellationToken);
            await AbandonAsync();
            return existing.RequestHash.AsSpan().SequenceEqual(request.Fingerprint)
                ? IdempotencyOutcome.Replay(new StoredResponse(existing.StatusCode, existing.ContentType,
                    existing.Location, existing.ETag, existing.Body))
                : IdempotencyOutcome.Mismatch;
        }
        catch (PostgresException ex) when (ex.SqlState == LockNotAvailable)
        {
            await AbandonAsync();
            return IdempotencyOutcome.Busy;
        }
        catch
        {
            await AbandonAsync();
            throw;
        }
    }

    public async Task CompleteAsync(IdempotencyRequest request, StoredResponse response, CancellationToken cancellationToken)
    {
        var transaction = _transaction ?? throw new InvalidOperationException("No idempotency key was claimed.");
        await ExecuteAsync(
            """
            UPDATE idempotency_keys
            SET status_code = $3, content_type = $4, location = $5, etag = $6, body = $7
            WHERE caller = $1 AND key = $2
            """,
            [request.Caller, request.Key, response.StatusCode, Nullable(response.ContentType), Nullable(response.Location),
                Nullable(response.ETag), response.Body], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await DisposeTransactionAsync();
        // The connection is back in the pool: now wait for the queue to take the outbox rows (ADR 0206).
        await db.OutboxSentAsync();
    }

    public async Task AbandonAsync()
    {
        if (_transaction is null)
        {
            return;
        }

        try
        {
            // A broken connection has rolled back already; nothing of the request is kept either way.
            await _transaction.RollbackAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
        }
        catch (InvalidOperationException)
        {
        }

        db.ChangeTracker.Clear();
        await DisposeTransactionAsync();
    }

    private static object Nullable(string? value) => (object?)value ?? DBNull.Value;

    private async Task DisposeTransactionAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }
    }

    private async Task<IdempotencyRecord> FindAsync(IdempotencyRequest request, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(
            """
            SELECT request_hash, status_code, content_type, location, etag, body
            FROM idempotency_keys WHERE caller = $1 AND key = $2
            """,
            [request.Caller, request.Key]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            throw new InvalidOperationException("The idempotency key vanished while it was locked.");
        }

        return new IdempotencyRecord
        {
            Caller = request.Caller,
            Key = request.Key,
            RequestHash = reader.GetFieldValue<byte[]>(0),
            StatusCode = reader.GetInt32(1),
            ContentType = reader.IsDBNull(2) ? null : reader.GetString(2),
            Location = reader.IsDBNull(3) ? null : reader.GetString(3),
            ETag = reader.IsDBNull(4) ? null : reader.GetString(4),
            Body = reader.GetFieldValue<byte[]>(5),
        };
    }

    private async Task<int> ExecuteAsync(string sql, object[] parameters, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private NpgsqlCommand CreateCommand(string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection(),
            (NpgsqlTransaction?)_transaction?.GetDbTransaction());
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
