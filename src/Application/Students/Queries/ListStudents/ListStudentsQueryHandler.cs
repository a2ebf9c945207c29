using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Students;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Students.Queries.ListStudents;

internal sealed class ListStudentsQueryHandler(IApplicationDbContext db, IStudentCounts counts)
    : IQueryHandler<ListStudentsQuery, PagedList<StudentDto>>
{
    /// <summary>The list without a search, the one every student page opens with.</summary>
    private static readonly CompiledPageQuery<Student, StudentStatus?, StudentDto> Pages = new(StudentSort.Order,
        (s, status) => status == null || s.Status == status, StudentDto.Projection);

    public async ValueTask<Result<PagedList<StudentDto>>> Handle(ListStudentsQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Search))
        {
            // The total comes from the maintained counts: counting rows grows with the table.
            return await query.ReadPagedListAsync(
                (skip, take, ct) => Pages.ReadAsync(db.Students, query.Status, query.Sort, skip, take, ct),
                ct => counts.CountAsync(query.Status, ct), cancellationToken);
        }

        var students = db.Students.AsNoTracking();
        if (query.Status is { } status)
        {
            students = students.Where(s => s.Status == status);
        }

        var matches = students.MatchingSearch(query.Search);
        return await StudentSort.Order.Apply(matches, query.Sort).Select(StudentDto.Projection)
            .ToSearchPagedListAsync(query, matches.CountAsync, cancellationToken);
    }
}
