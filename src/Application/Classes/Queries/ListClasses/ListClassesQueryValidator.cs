using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Validation;
using CleanStudents.Domain.Classes;
using FluentValidation;

namespace CleanStudents.Application.Classes.Queries.ListClasses;

internal sealed class ListClassesQueryValidator : AbstractValidator<ListClassesQuery>
{
    public ListClassesQueryValidator()
    {
        this.RulesForPaging(ClassSort.Order);
        RuleFor(q => q.Term).Cascade(CascadeMode.Stop).SingleLine().Matches(Term.PatternRegex()).WithMessage($"'{{PropertyName}}' must match {Term.Pattern}, e.g. 2026-S1.");
    }
}
