using CleanStudents.Application.Common.Paging;
using FluentValidation;

namespace CleanStudents.Application.Files.Queries.ListMaterials;

internal sealed class ListMaterialsQueryValidator : AbstractValidator<ListMaterialsQuery>
{
    public ListMaterialsQueryValidator() => this.RulesForPage();
}
