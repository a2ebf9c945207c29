using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Subjects.Commands.CreateSubject;
using CleanStudents.Application.Subjects.Commands.DeleteSubject;
using CleanStudents.Application.Subjects.Commands.UpdateSubject;
using CleanStudents.Application.Subjects.Queries.GetSubject;
using CleanStudents.Application.Subjects.Queries.ListSubjects;
using CleanStudents.Application.Subjects;
using CleanStudents.WebApi.Contracts.Subjects;
using CleanStudents.WebApi.Http;
using Mediator;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class SubjectsEndpoints
{
    /// <summary>Every signed-in user reads the catalogue; only admins change it.</summary>
    public static void MapSubjects(this RouteGroupBuilder api)
    {
        var subjects = api.MapGroup("/subjects").WithTags("Subjects");
        subjects.MapGet("/", List).Lists<SubjectDto>("ListSubjects")
            .Runs<ListSubjectsQuery>("List subjects", "Paged (`page`, `pageSize`), searched (`search`: case-insensitive substring) and sorted (`sort=field` or `sort=-field`).");
        subjects.MapGet("/{id:guid}", Get).Reads<SubjectDto>("GetSubject").Runs<GetSubjectQuery>("Get a subject");
        subjects.MapPost("/", Create).Creates<SubjectDto>("CreateSubject").ProducesProblems(Status403Forbidden)
            .Runs<CreateSubjectCommand>("Create a subject", "`code` is unique.");
        subjects.MapPut("/{id:guid}", Update).Updates<SubjectDto>("UpdateSubject").ProducesProblems(Status403Forbidden)
            .Runs<UpdateSubjectCommand>("Replace a subject");
        subjects.MapDelete("/{id:guid}", Delete).Deletes("DeleteSubject").ProducesProblems(Status403Forbidden)
            .Runs<DeleteSubjectCommand>("Delete a subject", "409 while a class is offered of it.");
    }

    private static async Task<IResult> List(ISender sender, CancellationToken cancellationToken, int page = 1,
        int pageSize = Paging.DefaultPageSize, string? search = null, string? sort = null) =>
        (await sender.Send(new ListSubjectsQuery(page, pageSize, search, sort), cancellationToken)).ToOk();

    private static async Task<IResult> Create(SubjectRequest body, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(body.ToCreateCommand(), cancellationToken)).ToCreated(httpContext, subject => subject.Id);

    private static async Task<IResult> Get(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new GetSubjectQuery(id), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Update(Guid id, SubjectRequest body, ISender sender,
        HttpContext httpContext, CancellationToken cancellationToken) =>
        (await sender.Send(body.ToUpdateCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken)).ToOk(httpContext);

    private static async Task<IResult> Delete(Guid id, ISender sender, HttpContext httpContext,
        CancellationToken cancellationToken) =>
        (await sender.Send(new DeleteSubjectCommand(id, httpContext.Request.IfMatchVersion()), cancellationToken))
            .ToNoContent();
}
