namespace CleanStudents.Application.Common.Ports;

/// <summary>
/// Remembers the first response to each (caller, Idempotency-Key) for 24 hours. A claimed key and
/// the request's own writes share one database transaction: both are kept, or neither is.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>
    /// Opens the request's transaction and claims the key in it. A concurrent request holding the
    /// same key is waited for, so the later one replays the earlier one's response.
    /// </summary>
    Task<IdempotencyOutcome> ClaimAsync(IdempotencyRequest request, CancellationToken cancellationToken);

    /// <summary>Stores the response with the claimed key and commits the request's transaction.</summary>
    Task CompleteAsync(IdempotencyRequest request, StoredResponse response, CancellationToken cancellationToken);

    /// <summary>Rolls the request's transaction back: the key is free again and nothing is kept.</summary>
    Task AbandonAsync();
}

/// <param name="Caller">The token's subject: keys of different callers never meet.</param>
/// <param name="Fingerprint">SHA-256 of method, path, query and body.</param>
public sealed record IdempotencyRequest(string Caller, string Key, byte[] Fingerprint);

/// <summary>What a replay needs to answer exactly as the first time.</summary>
public sealed record StoredResponse(int StatusCode, string? ContentType, string? Location, string? ETag, byte[] Body);

public enum IdempotencyOutcomeKind
{
    /// <summary>First use of the key: run the request, then complete or abandon.</summary>
    Claimed,

    /// <summary>The same request was answered before: send <see cref="IdempotencyOutcome.Response"/>.</summary>
    Replay,

    /// <summary>The key was used for a different request.</summary>
    Mismatch,

    /// <summary>Another request with the key is still running after the wait.</summary>
    Busy,
}

public sealed record IdempotencyOutcome(IdempotencyOutcomeKind Kind, StoredResponse? Response = null)
{
    public static readonly IdempotencyOutcome Claimed = new(IdempotencyOutcomeKind.Claimed);
    public static readonly IdempotencyOutcome Mismatch = new(IdempotencyOutcomeKind.Mismatch);
    public static readonly IdempotencyOutcome Busy = new(IdempotencyOutcomeKind.Busy);

    public static IdempotencyOutcome Replay(StoredResponse response) => new(IdempotencyOutcomeKind.Replay, response);
}
