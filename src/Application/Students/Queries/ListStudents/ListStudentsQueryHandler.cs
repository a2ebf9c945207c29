using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Students.Queries.ListStudents;

internal sealed class ListStudentsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListStudentsQuery, PagedList<StudentDto>>
{
    public async Task<Result<PagedList<StudentDto>>> Handle(ListStudentsQuery query, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking();
        if (query.Status is { } status)
        {
            students = students.Where(s => s.Status == status);
        }

        return await students.ToPageAsync(query, StudentSort.Order, StudentDto.Projection, cancellationToken);
    }
}
