using CleanStudents.Application.Common.Paging;
using FluentValidation;

namespace CleanStudents.Application.Students.Queries.ListStudents;

internal sealed class ListStudentsQueryValidator : AbstractValidator<ListStudentsQuery>
{
    public ListStudentsQueryValidator()
    {
        this.RulesForPaging(StudentSort.Order);
        RuleFor(q => q.Status).IsInEnum();
    }
}
