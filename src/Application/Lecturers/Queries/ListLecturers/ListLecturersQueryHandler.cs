using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Lecturers.Queries.ListLecturers;

internal sealed class ListLecturersQueryHandler(IApplicationDbContext db) : IQueryHandler<ListLecturersQuery, PagedList<LecturerDto>>
{
    public async ValueTask<Result<PagedList<LecturerDto>>> Handle(ListLecturersQuery query, CancellationToken cancellationToken) =>
        await db.Lecturers.AsNoTracking().ToPageAsync(query, LecturerSort.Order, LecturerDto.Projection, cancellationToken);
}
