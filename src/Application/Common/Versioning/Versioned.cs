namespace CleanStudents.Application.Common.Versioning;

/// <summary>A resource with the version the client echoes back in <c>If-Match</c>.</summary>
public sealed record Versioned<T>(T Value, uint Version);
