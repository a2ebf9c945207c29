using CleanStudents.Application.Common.Invitations;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Invitations.Commands.QueueInvitation;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.DeleteStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Application.Students.Queries.GetStudent;
using CleanStudents.Application.Students.Queries.ListStudents;
using CleanStudents.Application.Students;
using CleanStudents.Domain.Students;
using CleanStudents.WebApi.Contracts.Students;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class StudentsEndpoints
{
    public static void MapStudents(this RouteGroupBuilder api)
    {
        var students = api.MapGroup("/students").WithTags("Students");
        students.ProducesProblem(Status403Forbidden);
        students.MapGet("/", List).Lists<StudentDto>("ListStudents")
            .Runs<ListStudentsQuery>("List students", "Paged (`page`, `pageSize`), searched (`search`: case-insensitive substring) and sorted (`sort=field` or `sort=-field`). Filter by `status`.");
        students.MapPost("/", Create).Creates<StudentDto>("CreateStudent")
            .Runs<CreateStudentCommand>("Create a student", "Without `studentNumber` the server assigns one; without `enrolledOn` it is today. New students are `Active`.");
        students.MapGet("/{id:guid}", Get).Reads<StudentDto>("GetStudent").Runs<GetStudentQuery>("Get a student");
        students.MapPut("/{id:guid}", Update).Updates<StudentDto>("UpdateStudent")
            .Runs<UpdateStudentCommand>("Replace a student", "Absent `studentNumber` or `enrolledOn` keep their current values.");
        students.MapDelete("/{id:guid}", Delete).Deletes("DeleteStudent")
            .Runs<DeleteStudentCommand>("Delete a student", "409 once the student has graded enrollments: set `status` to `Withdrawn` instead.");
        students.MapPost("/{id:guid}/invitation", QueueInvitation).QueuesInvitation("QueueStudentInvitation")
            .Runs<QueueInvitationCommand>("Send the student's invitation again", "Queues the invitation into Cognito again (after it failed, or got lost in a mailbox); 409 when the student is already linked to a user.");
    }

    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? search = null, string? sort = null, StudentStatus? status = null) =>
        (await sender.Send(new ListStudentsQuery(page, pageSize, search, sort, status), cancellationToken)).ToOk();

    private static async Task<IResult> Create(CreateStudentRequest body, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(), cancellationToken)).ToCreated(httpContext, student => student.Id);

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetStudentQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, UpdateStudentRequest body, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteStudentCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken))
            .ToNoContent();

    private static async Task<IResult> QueueInvitation(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new QueueInvitationCommand(InviteeKind.Student, id), cancellationToken)).ToAccepted();
}
