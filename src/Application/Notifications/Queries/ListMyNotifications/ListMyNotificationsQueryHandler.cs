using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Notifications.Queries.ListMyNotifications;

internal sealed class ListMyNotificationsQueryHandler(IListPages pages, ICallerLinks links)
    : IQueryHandler<ListMyNotificationsQuery, PagedList<NotificationDto>>
{
    /// <summary>What the caller received as the student and as the lecturer they are linked to, newest first.</summary>
    private static readonly ListDefinition<Received, Recipient, NotificationDto> Inbox = ListDefinition<Received, Recipient, NotificationDto>
        .Composed(ReceivedBy, (rows, _) => rows.OrderByDescending(x => x.Notification.SentAt).ThenByDescending(x => x.Notification.Id),
            (rows, _) => rows.Select(x => new NotificationDto(x.Notification.Id, x.Notification.Title, x.Notification.Body,
                x.Notification.SentAt, x.Notification.SenderName, x.ReadAt)));

    public async ValueTask<Result<PagedList<NotificationDto>>> Handle(ListMyNotificationsQuery query,
        CancellationToken cancellationToken)
    {
        var recipient = new Recipient(await links.StudentIdAsync(cancellationToken), await links.LecturerIdAsync(cancellationToken),
            query.UnreadOnly);
        if (recipient is { StudentId: null, LecturerId: null })
        {
            return new PagedList<NotificationDto>([], query.Page, query.PageSize, 0);
        }

        return await pages.ReadAsync(Inbox, recipient, query, cancellationToken);
    }

    private static IQueryable<Received> ReceivedBy(IApplicationDbContext db, Recipient recipient)
    {
        var asStudent = recipient.StudentId is not { } studentId ? null : db.NotificationRecipients.AsNoTracking()
            .Where(r => r.StudentId == studentId).Select(r => new Receipt { NotificationId = r.NotificationId, ReadAt = r.ReadAt });
        var asLecturer = recipient.LecturerId is not { } lecturerId ? null : db.LecturerNotificationRecipients.AsNoTracking()
            .Where(r => r.LecturerId == lecturerId).Select(r => new Receipt { NotificationId = r.NotificationId, ReadAt = r.ReadAt });
        var mine = asStudent is not null && asLecturer is not null ? asStudent.Concat(asLecturer) : (asStudent ?? asLecturer)!;
        if (recipient.UnreadOnly)
        {
            mine = mine.Where(r => r.ReadAt == null);
        }

        return mine.Join(db.Notifications, r => r.NotificationId, n => n.Id, (r, n) => new Received { Notification = n, ReadAt = r.ReadAt });
    }

    private sealed record Recipient(Guid? StudentId, Guid? LecturerId, bool UnreadOnly);

    // Member-initialized (not constructors), so EF Core can translate the filters, the join and the order that follow.
    private sealed class Receipt
    {
        public long NotificationId { get; init; }

        public DateTimeOffset? ReadAt { get; init; }
    }

    private sealed class Received
    {
        public required Domain.Notifications.Notification Notification { get; init; }

        public DateTimeOffset? ReadAt { get; init; }
    }
}
