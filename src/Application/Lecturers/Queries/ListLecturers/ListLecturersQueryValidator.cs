using CleanStudents.Application.Common.Paging;
using FluentValidation;

namespace CleanStudents.Application.Lecturers.Queries.ListLecturers;

internal sealed class ListLecturersQueryValidator : AbstractValidator<ListLecturersQuery>
{
    public ListLecturersQueryValidator() => this.RulesForPaging(LecturerSort.Order);
}
