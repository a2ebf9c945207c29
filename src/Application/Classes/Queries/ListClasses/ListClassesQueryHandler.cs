using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Classes;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Classes.Queries.ListClasses;

internal sealed class ListClassesQueryHandler(IListPages pages) : IQueryHandler<ListClassesQuery, PagedList<ClassDto>>
{
    /// <summary>The classes the query's term, subject and lecturer keep, with their subject and lecturer names.</summary>
    private static readonly ListDefinition<Class, ListClassesQuery, Versioned<ClassDto>> Classes =
        ListDefinition<Class, ListClassesQuery, Versioned<ClassDto>>.Composed(Matching, ClassSort.Order.Apply, (rows, db) => rows.ToDtos(db));

    public async ValueTask<Result<PagedList<ClassDto>>> Handle(ListClassesQuery query, CancellationToken cancellationToken)
    {
        var page = await pages.ReadAsync(Classes, query, query, cancellationToken);
        return new PagedList<ClassDto>(page.Items.Select(v => v.Value).ToList(), page.Page, page.PageSize, page.TotalCount);
    }

    private static IQueryable<Class> Matching(IApplicationDbContext db, ListClassesQuery query)
    {
        var classes = db.Classes.AsNoTracking();
        // The validator refused a malformed term; an absent one filters nothing.
        if (Term.TryCreate(query.Term, out var term))
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

        return classes;
    }
}
