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
    public async ValueTask<Result<PagedList<NotificationDto>>> Handle(ListMyNotificationsQuery query,
        CancellationToken cancellationToken)
    {
        if (await MineAsync(cancellationToken) is not { } mine)
        {
            return new PagedList<NotificationDto>([], query.Page, query.PageSize, 0);
        }

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

    /// <summary>What the caller received as the student and as the lecturer they are linked to; null when neither.</summary>
    private async Task<IQueryable<Received>?> MineAsync(CancellationToken cancellationToken)
    {
        var studentId = await links.StudentIdAsync(cancellationToken);
        var lecturerId = await links.LecturerIdAsync(cancellationToken);
        var asStudent = studentId is null ? null : db.NotificationRecipients.AsNoTracking()
            .Where(r => r.StudentId == studentId).Select(r => new Received { NotificationId = r.NotificationId, ReadAt = r.ReadAt });
        var asLecturer = lecturerId is null ? null : db.LecturerNotificationRecipients.AsNoTracking()
            .Where(r => r.LecturerId == lecturerId).Select(r => new Received { NotificationId = r.NotificationId, ReadAt = r.ReadAt });
        return asStudent is not null && asLecturer is not null ? asStudent.Concat(asLecturer) : asStudent ?? asLecturer;
    }

    // Member-initialized (not a constructor), so EF Core can translate the filters and the join that follow.
    private sealed class Received
    {
        public long NotificationId { get; init; }

        public DateTimeOffset? ReadAt { get; init; }
    }
}
