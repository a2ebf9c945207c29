namespace CleanStudents.Infrastructure.Persistence.Idempotency;

/// <summary>A row of <c>idempotency_keys</c>; written and read with SQL by <see cref="IdempotencyStore"/>.</summary>
internal sealed class IdempotencyRecord
{
    public required string Caller { get; init; }

    public required string Key { get; init; }

    public required byte[] RequestHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public int StatusCode { get; init; }

    public string? ContentType { get; init; }

    public string? Location { get; init; }

    public string? ETag { get; init; }

    public required byte[] Body { get; init; }
}
