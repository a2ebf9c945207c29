using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Lecturers.Queries.ListLecturers;

[Authorize(Role.Admin)]
public sealed record ListLecturersQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, string? Search = null,
    string? Sort = null) : IQuery<PagedList<LecturerDto>>, IPagedQuery;
