using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Notifications.Queries.ListMyNotifications;

/// <summary>The caller's notifications, newest first; empty for users not linked to a student.</summary>
[Authorize]
public sealed record ListMyNotificationsQuery(int Page = 1, int PageSize = Paging.DefaultPageSize, bool UnreadOnly = false)
    : IQuery<PagedList<NotificationDto>>, IPageRequest;
