using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Notifications.Queries.ListMyNotifications;

internal sealed class ListMyNotificationsQueryHandler(IApplicationDbContext db, ICallerLinks links)
    : IQueryHandler<ListMyNotificationsQuery, PagedList<NotificationDto>>
{
    public async Task<Result<PagedList<NotificationDto>>> Handle(ListMyNotificationsQuery query,
        CancellationToken cancellationToken)
    {
        if (await links.StudentIdAsync(cancellationToken) is not { } studentId)
        {
            return new PagedList<NotificationDto>([], query.Page, query.PageSize, 0);
        }

        var mine = db.NotificationRecipients.AsNoTracking().Where(r => r.StudentId == studentId);
        if (query.UnreadOnly)
        {
            mine = mine.Where(r => r.ReadAt == null);
        }

        return await mine
            .Join(db.Notifications, r => r.NotificationId, n => n.Id, (r, n) => new { Recipient = r, Notification = n })
            .OrderByDescending(x => x.Notification.SentAt).ThenByDescending(x => x.Notification.Id)
            .Select(x => new NotificationDto(x.Notification.Id, x.Notification.Title, x.Notification.Body,
                x.Notification.SentAt, x.Notification.SenderName, x.Recipient.ReadAt))
            .ToPagedListAsync(query, mine.CountAsync, cancellationToken);
    }
}
