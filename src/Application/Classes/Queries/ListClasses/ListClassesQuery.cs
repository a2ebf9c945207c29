using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Classes.Queries.ListClasses;

[Authorize]
public sealed record ListClassesQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, string? Search = null,
    string? Sort = null, string? Term = null, Guid? SubjectId = null, Guid? LecturerId = null)
    : IQuery<PagedList<ClassDto>>, IPagedQuery;
