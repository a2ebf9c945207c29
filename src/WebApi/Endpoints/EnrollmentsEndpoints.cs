using CleanStudents.Application.Enrollments.Commands.EnrollStudent;
using CleanStudents.Application.Enrollments.Commands.SetScore;
using CleanStudents.Application.Enrollments.Commands.WithdrawStudent;
using CleanStudents.Application.Enrollments.Queries.GetClassRoster;
using CleanStudents.Application.Enrollments;
using CleanStudents.WebApi.Contracts.Enrollments;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>The seats of a class: who sits in it, taking and giving back seats, and scores.</summary>
internal static class EnrollmentsEndpoints
{
    public static void MapEnrollments(this RouteGroupBuilder api)
    {
        var enrollments = api.MapGroup("/classes/{classId:guid}/enrollments").WithTags("Enrollments");
        enrollments.MapGet("/", Roster).WithName("GetClassRoster")
            .Runs<GetClassRosterQuery>("Get a class's roster", "Every enrollment of the class with its score and grade (a plain array: a class holds at most 500 seats).")
            .Produces<IReadOnlyList<EnrollmentDto>>().ProducesProblems(Status403Forbidden, Status404NotFound);
        enrollments.MapPost("/", Enroll).WithName("EnrollStudent")
            .Runs<EnrollStudentCommand>("Enroll a student", "409 when the class is full or the student is enrolled already; an unknown `studentId` is 400.")
            .Produces<EnrollmentDto>(Status201Created)
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound, Status409Conflict,
                Status413PayloadTooLarge, Status415UnsupportedMediaType);
        enrollments.MapDelete("/{studentId:guid}", Withdraw).WithName("WithdrawStudent")
            .Runs<WithdrawStudentCommand>("Withdraw a student from a class", "409 once the enrollment is graded.")
            .Produces(Status204NoContent).ProducesProblems(Status403Forbidden, Status404NotFound, Status409Conflict);
        enrollments.MapPut("/{studentId:guid}/score", SetScore).WithName("SetScore")
            .Runs<SetScoreCommand>("Set or clear a score", "The letter grade and grade points follow from the score.")
            .Produces<EnrollmentDto>()
            .ProducesProblems(Status400BadRequest, Status403Forbidden, Status404NotFound, Status413PayloadTooLarge,
                Status415UnsupportedMediaType);
    }

    private static async Task<IResult> Roster(Guid classId, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetClassRosterQuery(classId), cancellationToken)).ToOk();

    private static async Task<IResult> Enroll(Guid classId, EnrollStudentRequest body, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(classId), cancellationToken))
            .ToCreated(e => $"/api/classes/{e.ClassId}/enrollments/{e.StudentId}");

    private static async Task<IResult> Withdraw(Guid classId, Guid studentId, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(new WithdrawStudentCommand(classId, studentId), cancellationToken)).ToNoContent();

    private static async Task<IResult> SetScore(Guid classId, Guid studentId, SetScoreRequest body, ISender sender,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCommand(classId, studentId), cancellationToken)).ToOk();
}
