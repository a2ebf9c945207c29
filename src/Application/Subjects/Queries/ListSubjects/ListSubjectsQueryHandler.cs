using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Subjects.Queries.ListSubjects;

internal sealed class ListSubjectsQueryHandler(IApplicationDbContext db) : IQueryHandler<ListSubjectsQuery, PagedList<SubjectDto>>
{
    public async ValueTask<Result<PagedList<SubjectDto>>> Handle(ListSubjectsQuery query, CancellationToken cancellationToken) =>
        await db.Subjects.AsNoTracking().ToPageAsync(query, SubjectSort.Order, SubjectDto.Projection, cancellationToken);
}
