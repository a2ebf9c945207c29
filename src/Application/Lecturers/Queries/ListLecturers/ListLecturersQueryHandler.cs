using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Application.Lecturers.Queries.ListLecturers;

internal sealed class ListLecturersQueryHandler(IListPages pages) : IQueryHandler<ListLecturersQuery, PagedList<LecturerDto>>
{
    private static readonly ListDefinition<Lecturer, Unit, LecturerDto> Lecturers = ListDefinition<Lecturer, Unit, LecturerDto>
        .OfTable((_, _) => true, LecturerSort.Order.Apply, LecturerDto.Projection);

    public async ValueTask<Result<PagedList<LecturerDto>>> Handle(ListLecturersQuery query, CancellationToken cancellationToken) =>
        await pages.ReadAsync(Lecturers, Unit.Value, query, cancellationToken);
}
