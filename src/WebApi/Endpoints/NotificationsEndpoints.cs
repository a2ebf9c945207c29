using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Notifications.Commands.MarkNotificationRead;
using CleanStudents.Application.Notifications.Commands.SendNotification;
using CleanStudents.Application.Notifications.Queries.ListMyNotifications;
using CleanStudents.Application.Notifications;
using CleanStudents.WebApi.Contracts.Notifications;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class NotificationsEndpoints
{
    public static void MapNotifications(this RouteGroupBuilder api)
    {
        // 201 without Location: no URL shows a sent notification to its sender (recipients read
        // theirs at /api/me/notifications), and a Location that answers 404 would mislead.
        api.MapGroup("/notifications").WithTags("Notifications")
            .MapPost("/", Send).WithName("SendNotification")
            .Runs<SendNotificationCommand>("Send a notification", "A lecturer may reach only the classes they teach and the students enrolled in them (403 otherwise).")
            .Produces<SentNotificationDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status413PayloadTooLarge, Status415UnsupportedMediaType);

        var mine = api.MapGroup("/me/notifications").WithTags("Notifications");
        mine.MapGet("/", ListMine).Lists<NotificationDto>("ListMyNotifications")
            .Runs<ListMyNotificationsQuery>("List my notifications", "Newest first; `unreadOnly=true` leaves out the ones read.");
        mine.MapPost("/{id:long}/read", MarkRead).WithName("MarkNotificationRead")
            .Runs<MarkNotificationReadCommand>("Mark a notification read", "404 unless the caller is one of its recipients; reading twice keeps the first time.")
            .Produces(Status204NoContent).ProducesProblems(Status404NotFound);
    }

    private static async Task<IResult> Send(SendNotificationRequest body, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(), cancellationToken)).ToCreated();

    private static async Task<IResult> ListMine(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, bool unreadOnly = false) =>
        (await sender.Send(new ListMyNotificationsQuery(page, pageSize, unreadOnly), cancellationToken)).ToOk();

    private static async Task<IResult> MarkRead(long id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new MarkNotificationReadCommand(id), cancellationToken)).ToNoContent();
}
