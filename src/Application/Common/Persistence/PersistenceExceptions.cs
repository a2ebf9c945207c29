namespace CleanStudents.Application.Common.Persistence;

/// <summary>
/// A database constraint refused a change (unique key, foreign key, check). Thrown by the
/// persistence layer at save time and turned into a 409 result by the transaction behaviour.
/// </summary>
public sealed class ConstraintViolationException(string detail, Exception innerException)
    : Exception(detail, innerException);

/// <summary>The row changed since it was read (optimistic concurrency); becomes 412.</summary>
public sealed class ConcurrencyConflictException(string resource, Exception innerException)
    : Exception($"The {resource} was changed concurrently.", innerException)
{
    public string Resource { get; } = resource;
}
