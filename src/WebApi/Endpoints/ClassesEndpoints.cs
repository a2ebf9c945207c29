using CleanStudents.Application.Classes;
using CleanStudents.Application.Classes.Commands.CreateClass;
using CleanStudents.Application.Classes.Commands.DeleteClass;
using CleanStudents.Application.Classes.Commands.UpdateClass;
using CleanStudents.Application.Classes.Queries.GetClass;
using CleanStudents.Application.Classes.Queries.ListClasses;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.WebApi.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class ClassesEndpoints
{
    public static void MapClasses(this RouteGroupBuilder api)
    {
        var classes = api.MapGroup("/classes").WithTags("Classes");
        classes.MapGet("/", List).WithName("ListClasses")
            .Produces<PagedList<ClassDto>>().ProducesProblems(Status400BadRequest);
        classes.MapPost("/", Create).WithName("CreateClass")
            .Produces<ClassDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType);
        classes.MapGet("/{id:guid}", Get).WithName("GetClass")
            .Produces<ClassDto>().ProducesProblems(Status404NotFound);
        classes.MapPut("/{id:guid}", Update).WithName("UpdateClass")
            .Produces<ClassDto>()
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound, Status409Conflict,
                Status412PreconditionFailed, Status413PayloadTooLarge, Status415UnsupportedMediaType);
        classes.MapDelete("/{id:guid}", Delete).WithName("DeleteClass")
            .Produces(Status204NoContent)
            .ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict, Status412PreconditionFailed);
    }

    private static async Task<IResult> List([AsParameters] ListClassesQuery query, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(query, cancellationToken)).ToOk();

    private static async Task<IResult> Create(CreateClassCommand command, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(command, cancellationToken)).ToCreated(httpContext, c => $"/api/classes/{c.Id}");

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetClassQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, UpdateClassCommand command, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(httpContext.Request.Headers.IfMatch) },
            cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteClassCommand(id, ETags.ParseIfMatch(httpContext.Request.Headers.IfMatch)),
            cancellationToken)).ToNoContent();
}
