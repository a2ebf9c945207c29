using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Invitations.Commands.QueueInvitation;
using CleanStudents.Application.Lecturers.Commands.CreateLecturer;
using CleanStudents.Application.Lecturers.Commands.DeleteLecturer;
using CleanStudents.Application.Lecturers.Commands.UpdateLecturer;
using CleanStudents.Application.Lecturers.Queries.GetLecturer;
using CleanStudents.Application.Lecturers.Queries.ListLecturers;
using CleanStudents.Application.Lecturers;
using CleanStudents.WebApi.Contracts.Lecturers;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class LecturersEndpoints
{
    /// <summary>Admins manage lecturers; a lecturer may read only their own record.</summary>
    public static void MapLecturers(this RouteGroupBuilder api)
    {
        var lecturers = api.MapGroup("/lecturers").WithTags("Lecturers");
        lecturers.ProducesProblem(Status403Forbidden);
        lecturers.MapGet("/", List).Lists<LecturerDto>("ListLecturers")
            .Runs<ListLecturersQuery>("List lecturers", "Paged (`page`, `pageSize`), searched (`search`: case-insensitive substring) and sorted (`sort=field` or `sort=-field`).");
        lecturers.MapPost("/", Create).Creates<LecturerDto>("CreateLecturer")
            .Runs<CreateLecturerCommand>("Create a lecturer", "Without `staffNumber` the server assigns one.");
        lecturers.MapGet("/{id:guid}", Get).Reads<LecturerDto>("GetLecturer").Runs<GetLecturerQuery>("Get a lecturer");
        lecturers.MapPut("/{id:guid}", Update).Updates<LecturerDto>("UpdateLecturer")
            .Runs<UpdateLecturerCommand>("Replace a lecturer", "An absent `staffNumber` keeps the current one.");
        lecturers.MapDelete("/{id:guid}", Delete).Deletes("DeleteLecturer")
            .Runs<DeleteLecturerCommand>("Delete a lecturer", "409 while the lecturer teaches a class.");
        lecturers.MapPost("/{id:guid}/invitation", QueueInvitation).QueuesInvitation("QueueLecturerInvitation")
            .Runs<QueueInvitationCommand>("Send the lecturer's invitation again", "Queues the invitation into Cognito again (after it failed, or got lost in a mailbox); 409 when the lecturer is already linked to a user.");
    }

    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? search = null, string? sort = null) =>
        (await sender.Send(new ListLecturersQuery(page, pageSize, search, sort), cancellationToken)).ToOk();

    private static async Task<IResult> Create(CreateLecturerRequest body, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(), cancellationToken)).ToCreated(httpContext, lecturer => lecturer.Id);

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetLecturerQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, UpdateLecturerRequest body, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteLecturerCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken))
            .ToNoContent();

    private static async Task<IResult> QueueInvitation(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new QueueInvitationCommand(InviteeKind.Lecturer, id), cancellationToken)).ToAccepted();
}
