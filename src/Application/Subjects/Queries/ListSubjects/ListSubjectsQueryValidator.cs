using CleanStudents.Application.Common.Paging;
using FluentValidation;

namespace CleanStudents.Application.Subjects.Queries.ListSubjects;

internal sealed class ListSubjectsQueryValidator : AbstractValidator<ListSubjectsQuery>
{
    public ListSubjectsQueryValidator() => this.RulesForPaging(SubjectSort.Order);
}
