namespace CleanStudents.Domain.Common;

/// <summary>Base for aggregate roots: identity plus the optimistic-concurrency version.</summary>
public abstract class Entity
{
    protected Entity(Guid id) => Id = id;

    public Guid Id { get; private init; }

    /// <summary>Changes on every committed update; exposed to clients as the ETag.</summary>
    public uint Version { get; private set; }
}
