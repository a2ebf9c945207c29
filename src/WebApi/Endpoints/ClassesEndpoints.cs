using CleanStudents.Application.Classes.Commands.CreateClass;
using CleanStudents.Application.Classes.Commands.DeleteClass;
using CleanStudents.Application.Classes.Commands.UpdateClass;
using CleanStudents.Application.Classes.Queries.GetClass;
using CleanStudents.Application.Classes.Queries.ListClasses;
using CleanStudents.Application.Classes;
using CleanStudents.Application.Common.Paging;
using CleanStudents.WebApi.Contracts.Classes;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class ClassesEndpoints
{
    public static void MapClasses(this RouteGroupBuilder api)
    {
        var classes = api.MapGroup("/classes").WithTags("Classes");
        classes.MapGet("/", List).Lists<ClassDto>("ListClasses")
            .Runs<ListClassesQuery>("List classes", "Paged (`page`, `pageSize`), searched (`search`: case-insensitive substring) and sorted (`sort=field` or `sort=-field`). Filter by `term`, `subjectId` and `lecturerId`.");
        classes.MapPost("/", Create).Creates<ClassDto>("CreateClass").ProducesProblems(Status403Forbidden)
            .Runs<CreateClassCommand>("Create a class", "An unknown `subjectId` or `lecturerId` is 400.");
        classes.MapGet("/{id:guid}", Get).Reads<ClassDto>("GetClass").Runs<GetClassQuery>("Get a class");
        classes.MapPut("/{id:guid}", Update).Updates<ClassDto>("UpdateClass").ProducesProblems(Status403Forbidden)
            .Runs<UpdateClassCommand>("Replace a class", "A `capacity` below `enrolledCount` is 409.");
        classes.MapDelete("/{id:guid}", Delete).Deletes("DeleteClass").ProducesProblems(Status403Forbidden)
            .Runs<DeleteClassCommand>("Delete a class", "409 while students are enrolled.");
    }

    /// <param name="search">Matches class code, term and room.</param>
    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? search = null, string? sort = null, string? term = null,
        Guid? subjectId = null, Guid? lecturerId = null) =>
        (await sender.Send(new ListClassesQuery(page, pageSize, search, sort, term, subjectId, lecturerId), cancellationToken))
            .ToOk();

    private static async Task<IResult> Create(ClassRequest body, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCreateCommand(), cancellationToken)).ToCreated(httpContext, created => created.Id);

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetClassQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, ClassRequest body, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(body.ToUpdateCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteClassCommand(id, httpContext.Request.IfMatchVersion()),
            cancellationToken)).ToNoContent();
}
