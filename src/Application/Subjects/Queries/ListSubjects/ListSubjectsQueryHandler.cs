using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Subjects.Queries.ListSubjects;

internal sealed class ListSubjectsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListSubjectsQuery, PagedList<SubjectDto>>
{
    public async Task<Result<PagedList<SubjectDto>>> Handle(ListSubjectsQuery query, CancellationToken cancellationToken)
    {
        var subjects = db.Subjects.AsNoTracking().MatchingSearch(query.Search);
        return await SubjectSort.Order.Apply(subjects, query.Sort).Select(SubjectDto.Projection)
            .ToPagedListAsync(query, subjects.CountAsync, cancellationToken);
    }
}
