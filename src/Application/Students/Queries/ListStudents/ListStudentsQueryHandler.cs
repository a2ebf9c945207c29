using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students.Queries.ListStudents;

internal sealed class ListStudentsQueryHandler(IListPages pages) : IQueryHandler<ListStudentsQuery, PagedList<StudentDto>>
{
    /// <summary>Every student, or those of one status.</summary>
    private static readonly ListDefinition<Student, StudentStatus?, StudentDto> Students = ListDefinition<Student, StudentStatus?, StudentDto>
        .OfTable((s, status) => status == null || s.Status == status, StudentSort.Order.Apply, StudentDto.Projection);

    public async ValueTask<Result<PagedList<StudentDto>>> Handle(ListStudentsQuery query, CancellationToken cancellationToken) =>
        await pages.ReadAsync(Students, query.Status, query, cancellationToken);
}
