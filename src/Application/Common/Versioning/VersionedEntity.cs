using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Common;

namespace CleanStudents.Application.Common.Versioning;

/// <summary>Pairs an entity's DTO with the entity's version, which clients see as the ETag.</summary>
public static class VersionedEntity
{
    public static Versioned<TDto> Of<TEntity, TDto>(TEntity entity, Func<TEntity, TDto> toDto)
        where TEntity : Entity =>
        new(toDto(entity), entity.Version);

    /// <summary>The DTO of a found entity with its version, or the failure unchanged.</summary>
    public static Result<Versioned<TDto>> ToVersioned<TEntity, TDto>(this Result<TEntity> found, Func<TEntity, TDto> toDto)
        where TEntity : Entity =>
        found.Map(entity => Of(entity, toDto));
}
