using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Queries.ListMaterials;

internal sealed class ListMaterialsQueryHandler(IApplicationDbContext db, IListPages pages)
    : IQueryHandler<ListMaterialsQuery, PagedList<FileDto>>
{
    /// <summary>Every file of the class, whatever its status (the uploader sees a rejection there), newest first.</summary>
    private static readonly ListDefinition<StoredFile, Guid, FileDto> Materials = ListDefinition<StoredFile, Guid, FileDto>.OfTable(
        (f, classId) => f.ClassId == classId,
        (rows, _) => rows.OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id),
        FileDto.Projection);

    public async ValueTask<Result<PagedList<FileDto>>> Handle(ListMaterialsQuery query, CancellationToken cancellationToken)
    {
        if (!await db.Classes.AnyAsync(c => c.Id == query.ClassId, cancellationToken))
        {
            return Error.NotFound("Class", query.ClassId);
        }

        return await pages.ReadAsync(Materials, query.ClassId, query, cancellationToken);
    }
}
