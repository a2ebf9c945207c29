using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Queries.ListMaterials;

/// <summary>A class's materials, newest first: admins, the class's lecturer, students enrolled in it.</summary>
[Authorize(Role.Admin, Owner = Owner.ClassMember)]
public sealed record ListMaterialsQuery(Guid ClassId, int Page = 1, int PageSize = Paging.DefaultPageSize)
    : IQuery<PagedList<FileDto>>, IClassScoped, IPageRequest;
