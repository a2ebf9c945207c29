using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Students.Queries.ListStudents;

internal sealed class ListStudentsQueryHandler(IApplicationDbContext db, IStudentCounts counts)
    : IQueryHandler<ListStudentsQuery, PagedList<StudentDto>>
{
    public async Task<Result<PagedList<StudentDto>>> Handle(ListStudentsQuery query, CancellationToken cancellationToken)
    {
        var students = db.Students.AsNoTracking();
        if (query.Status is { } status)
        {
            students = students.Where(s => s.Status == status);
        }

        if (string.IsNullOrWhiteSpace(query.Search))
        {
            // The total comes from the maintained counts: counting rows grows with the table.
            return await StudentSort.Order.Apply(students, query.Sort).Select(StudentDto.Projection)
                .ToPagedListAsync(query, ct => counts.CountAsync(query.Status, ct), cancellationToken);
        }

        var matches = students.MatchingSearch(query.Search);
        return await StudentSort.Order.Apply(matches, query.Sort).Select(StudentDto.Projection)
            .ToSearchPagedListAsync(query, matches.CountAsync, cancellationToken);
    }
}
