using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Invitations.Commands.QueueInvitation;
using CleanStudents.Application.Students;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.DeleteStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Application.Students.Queries.GetStudent;
using CleanStudents.Application.Students.Queries.ListStudents;
using CleanStudents.Domain.Students;
using CleanStudents.WebApi.Http;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class StudentsEndpoints
{
    public static void MapStudents(this RouteGroupBuilder api)
    {
        var students = api.MapGroup("/students").WithTags("Students");
        students.ProducesProblem(Status403Forbidden);
        students.MapGet("/", List).Lists<StudentDto>("ListStudents");
        students.MapPost("/", Create).Creates<StudentDto>("CreateStudent");
        students.MapGet("/{id:guid}", Get).Reads<StudentDto>("GetStudent");
        students.MapPut("/{id:guid}", Update).Updates<StudentDto>("UpdateStudent");
        students.MapDelete("/{id:guid}", Delete).Deletes("DeleteStudent");
        students.MapPost("/{id:guid}/invitation", QueueInvitation).QueuesInvitation("QueueStudentInvitation");
    }

    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? search = null, string? sort = null, StudentStatus? status = null) =>
        (await sender.Send(new ListStudentsQuery(page, pageSize, search, sort, status), cancellationToken)).ToOk();

    private static async Task<IResult> Create(CreateStudentCommand command, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(command, cancellationToken)).ToCreated(httpContext, student => student.Id);

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetStudentQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, UpdateStudentCommand command, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(command with { Id = id, ExpectedVersion = httpContext.Request.IfMatchVersion() },
            cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteStudentCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken))
            .ToNoContent();

    private static async Task<IResult> QueueInvitation(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new QueueInvitationCommand(InviteeKind.Student, id), cancellationToken)).ToAccepted();
}
