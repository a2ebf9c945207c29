using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Subjects.Queries.ListSubjects;

/// <summary>The catalogue is open to every signed-in user.</summary>
[Authorize]
public sealed record ListSubjectsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, string? Search = null,
    string? Sort = null) : IQuery<PagedList<SubjectDto>>, IPagedQuery;
