using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Classes.Queries.ListClasses;

internal sealed class ListClassesQueryHandler(IApplicationDbContext db) : IQueryHandler<ListClassesQuery, PagedList<ClassDto>>
{
    public async ValueTask<Result<PagedList<ClassDto>>> Handle(ListClassesQuery query, CancellationToken cancellationToken)
    {
        var classes = db.Classes.AsNoTracking();
        if (query.Term is { } term)
        {
            classes = classes.Where(c => c.Term == term);
        }

        if (query.SubjectId is { } subjectId)
        {
            classes = classes.Where(c => c.SubjectId == subjectId);
        }

        if (query.LecturerId is { } lecturerId)
        {
            classes = classes.Where(c => c.LecturerId == lecturerId);
        }

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = SearchPattern.Contains(query.Search);
            classes = classes.Where(c =>
                EF.Functions.Like(EF.Property<string>(c, SearchColumns.Text), pattern, SearchPattern.EscapeCharacter));
        }

        var page = await ClassSort.Order.Apply(classes, query.Sort).ToDtos(db)
            .ToPagedListAsync(query, classes.CountAsync, cancellationToken);
        return new PagedList<ClassDto>(page.Items.Select(v => v.Value).ToList(), page.Page, page.PageSize, page.TotalCount);
    }
}
