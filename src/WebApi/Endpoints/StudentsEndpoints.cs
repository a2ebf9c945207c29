using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Students;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.DeleteStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Application.Students.Queries.GetStudent;
using CleanStudents.Application.Students.Queries.ListStudents;
using CleanStudents.WebApi.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class StudentsEndpoints
{
    public static void MapStudents(this RouteGroupBuilder api)
    {
        var students = api.MapGroup("/students").WithTags("Students");
        students.MapGet("/", List).WithName("ListStudents")
            .Produces<PagedList<StudentDto>>().ProducesProblems(Status400BadRequest, Status403Forbidden);
        students.MapPost("/", Create).WithName("CreateStudent")
            .Produces<StudentDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status409Conflict, Status413PayloadTooLarge, Status415UnsupportedMediaType);
        students.MapGet("/{id:guid}", Get).WithName("GetStudent")
            .Produces<StudentDto>().ProducesProblems(Status403Forbidden, Status404NotFound);
        students.MapPut("/{id:guid}", Update).WithName("UpdateStudent")
            .Produces<StudentDto>()
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound, Status409Conflict,
                Status412PreconditionFailed, Status413PayloadTooLarge, Status415UnsupportedMediaType);
        students.MapDelete("/{id:guid}", Delete).WithName("DeleteStudent")
            .Produces(Status204NoContent)
            .ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict, Status412PreconditionFailed);
    }

    private static async Task<IResult> List([AsParameters] ListStudentsQuery query, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(query, cancellationToken)).ToOk();

    private static async Task<IResult> Create(CreateStudentCommand command, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(command, cancellationToken)).ToCreated(httpContext, s => $"/api/students/{s.Id}");

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetStudentQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, UpdateStudentCommand command, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(command with { Id = id, ExpectedVersion = ETags.ParseIfMatch(httpContext.Request.Headers.IfMatch) },
            cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteStudentCommand(id, ETags.ParseIfMatch(httpContext.Request.Headers.IfMatch)),
            cancellationToken)).ToNoContent();
}
