using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Security;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students.Queries.ListStudents;

[Authorize(Role.Admin, Role.Lecturer)]
public sealed record ListStudentsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, string? Search = null,
    string? Sort = null, StudentStatus? Status = null) : IQuery<PagedList<StudentDto>>, IPagedQuery;
