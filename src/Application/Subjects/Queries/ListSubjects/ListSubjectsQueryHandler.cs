using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Subjects.Queries.ListSubjects;

internal sealed class ListSubjectsQueryHandler(IListPages pages) : IQueryHandler<ListSubjectsQuery, PagedList<SubjectDto>>
{
    private static readonly ListDefinition<Subject, Unit, SubjectDto> Subjects = ListDefinition<Subject, Unit, SubjectDto>
        .OfTable((_, _) => true, SubjectSort.Order.Apply, SubjectDto.Projection);

    public async ValueTask<Result<PagedList<SubjectDto>>> Handle(ListSubjectsQuery query, CancellationToken cancellationToken) =>
        await pages.ReadAsync(Subjects, Unit.Value, query, cancellationToken);
}
