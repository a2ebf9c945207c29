using CleanStudents.Application.Subjects;
using CleanStudents.Application.Subjects.Commands.CreateSubject;
using CleanStudents.Application.Subjects.Commands.DeleteSubject;
using CleanStudents.Application.Subjects.Commands.UpdateSubject;
using CleanStudents.Application.Subjects.Queries.GetSubject;
using CleanStudents.Application.Subjects.Queries.ListSubjects;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class SubjectsEndpoints
{
    /// <summary>Every signed-in user reads the catalogue; only admins change it.</summary>
    public static void MapSubjects(this RouteGroupBuilder api)
    {
        var subjects = api.MapGroup("/subjects").WithTags("Subjects");
        subjects.MapList<ListSubjectsQuery, SubjectDto>("ListSubjects");
        subjects.MapRead<GetSubjectQuery, SubjectDto>("GetSubject", id => new GetSubjectQuery(id));
        subjects.MapCreate<CreateSubjectCommand, SubjectDto>("CreateSubject", subject => subject.Id)
            .ProducesProblems(Status403Forbidden);
        subjects.MapUpdate<UpdateSubjectCommand, SubjectDto>("UpdateSubject",
                (command, id, expectedVersion) => command with { Id = id, ExpectedVersion = expectedVersion })
            .ProducesProblems(Status403Forbidden);
        subjects.MapDelete("DeleteSubject", (id, expectedVersion) => new DeleteSubjectCommand(id, expectedVersion))
            .ProducesProblems(Status403Forbidden);
    }
}
