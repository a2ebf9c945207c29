namespace CleanStudents.Application.Common.Versioning;

/// <summary>
/// A command that changes one versioned resource, conditionally on the version the client last read
/// (<c>If-Match</c>) when it sends one.
/// </summary>
public interface IConditionalChange
{
    /// <summary>From <c>If-Match</c>; when present, a stale version is refused with 412.</summary>
    uint? ExpectedVersion { get; }
}
