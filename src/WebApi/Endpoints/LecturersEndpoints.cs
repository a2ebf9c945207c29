using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Invitations.Commands.QueueInvitation;
using CleanStudents.Application.Lecturers;
using CleanStudents.Application.Lecturers.Commands.CreateLecturer;
using CleanStudents.Application.Lecturers.Commands.DeleteLecturer;
using CleanStudents.Application.Lecturers.Commands.UpdateLecturer;
using CleanStudents.Application.Lecturers.Queries.GetLecturer;
using CleanStudents.Application.Lecturers.Queries.ListLecturers;
using CleanStudents.WebApi.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class LecturersEndpoints
{
    /// <summary>Admins manage lecturers; a lecturer may read only their own record.</summary>
    public static void MapLecturers(this RouteGroupBuilder api)
    {
        var lecturers = api.MapGroup("/lecturers").WithTags("Lecturers");
        lecturers.ProducesProblem(Status403Forbidden);
        lecturers.MapGet("/", List).Lists<LecturerDto>("ListLecturers");
        lecturers.MapPost("/", Create).Creates<LecturerDto>("CreateLecturer");
        lecturers.MapGet("/{id:guid}", Get).Reads<LecturerDto>("GetLecturer");
        lecturers.MapPut("/{id:guid}", Update).Updates<LecturerDto>("UpdateLecturer");
        lecturers.MapDelete("/{id:guid}", Delete).Deletes("DeleteLecturer");
        lecturers.MapPost("/{id:guid}/invitation", QueueInvitation).QueuesInvitation("QueueLecturerInvitation");
    }

    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? search = null, string? sort = null) =>
        (await sender.Send(new ListLecturersQuery(page, pageSize, search, sort), cancellationToken)).ToOk();

    private static async Task<IResult> Create(CreateLecturerCommand command, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(command, cancellationToken)).ToCreated(httpContext, lecturer => lecturer.Id);

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetLecturerQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, UpdateLecturerCommand command, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(command with { Id = id, ExpectedVersion = httpContext.Request.IfMatchVersion() },
            cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteLecturerCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken))
            .ToNoContent();

    private static async Task<IResult> QueueInvitation(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new QueueInvitationCommand(InviteeKind.Lecturer, id), cancellationToken)).ToAccepted();
}
