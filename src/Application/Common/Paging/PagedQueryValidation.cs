using CleanStudents.Application.Common.Validation;
using FluentValidation;

namespace CleanStudents.Application.Common.Paging;

public static class PagedQueryValidation
{
    /// <summary>The rules every list query shares: page bounds, search length, known sort field.</summary>
    public static void RulesForPaging<TQuery, TItem>(this AbstractValidator<TQuery> validator, SortOrder<TItem> sortOrder)
        where TQuery : IPagedQuery
    {
        validator.RulesForPage();
        validator.RuleFor(q => q.Search).OptionalText(Paging.MaxSearchLength);
        validator.RuleFor(q => q.Sort)
            .SetValidator(new AllowedValuesValidator<TQuery>(sortOrder.Specs, StringComparer.Ordinal))
            .WithMessage(q => $"Unknown sort field '{q.Sort}'. Sort by one of: {string.Join(", ", sortOrder.FieldNames)}; prefix '-' for descending.");
    }

    /// <summary>The page bounds, for list queries without search or sort.</summary>
    public static void RulesForPage<TQuery>(this AbstractValidator<TQuery> validator)
        where TQuery : IPageRequest
    {
        validator.RuleFor(q => q.Page).InclusiveBetween(1, Paging.MaxPage);
        validator.RuleFor(q => q.PageSize).InclusiveBetween(1, Paging.MaxPageSize);
    }
}
