using CleanStudents.Application.Enrollments.Queries.GetTranscript;
using CleanStudents.Application.Enrollments.Queries.ListStudentEnrollments;
using CleanStudents.Application.Enrollments;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

/// <summary>A student's academic record: the classes they sit in and their transcript.</summary>
internal static class StudentRecordsEndpoints
{
    public static void MapStudentRecords(this RouteGroupBuilder api)
    {
        var student = api.MapGroup("/students/{id:guid}").WithTags("Students");
        student.MapGet("/enrollments", Enrollments).WithName("ListStudentEnrollments")
            .Runs<ListStudentEnrollmentsQuery>("List a student's enrollments")
            .Produces<IReadOnlyList<EnrollmentDto>>().ProducesProblems(Status403Forbidden, Status404NotFound);
        student.MapGet("/transcript", Transcript).WithName("GetTranscript")
            .Runs<GetTranscriptQuery>("Get a student's transcript", "Entries by term, then subject code; only graded entries count towards credits and the credit-weighted GPA.")
            .Produces<TranscriptDto>().ProducesProblems(Status403Forbidden, Status404NotFound);
    }

    private static async Task<IResult> Enrollments(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new ListStudentEnrollmentsQuery(id), cancellationToken)).ToOk();

    private static async Task<IResult> Transcript(Guid id, ISender sender, CancellationToken cancellationToken) =>
        (await sender.Send(new GetTranscriptQuery(id), cancellationToken)).ToOk();
}
