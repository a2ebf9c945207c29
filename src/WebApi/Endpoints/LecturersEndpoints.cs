using CleanStudents.Application.Lecturers;
using CleanStudents.Application.Lecturers.Commands.CreateLecturer;
using CleanStudents.Application.Lecturers.Commands.DeleteLecturer;
using CleanStudents.Application.Lecturers.Commands.UpdateLecturer;
using CleanStudents.Application.Lecturers.Queries.GetLecturer;
using CleanStudents.Application.Lecturers.Queries.ListLecturers;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class LecturersEndpoints
{
    /// <summary>Admins manage lecturers; a lecturer may read only their own record.</summary>
    public static void MapLecturers(this RouteGroupBuilder api)
    {
        var lecturers = api.MapGroup("/lecturers").WithTags("Lecturers");
        lecturers.ProducesProblem(Status403Forbidden);
        lecturers.MapList<ListLecturersQuery, LecturerDto>("ListLecturers");
        lecturers.MapCreate<CreateLecturerCommand, LecturerDto>("CreateLecturer", lecturer => lecturer.Id);
        lecturers.MapRead<GetLecturerQuery, LecturerDto>("GetLecturer", id => new GetLecturerQuery(id));
        lecturers.MapUpdate<UpdateLecturerCommand, LecturerDto>("UpdateLecturer",
            (command, id, expectedVersion) => command with { Id = id, ExpectedVersion = expectedVersion });
        lecturers.MapDelete("DeleteLecturer", (id, expectedVersion) => new DeleteLecturerCommand(id, expectedVersion));
    }
}
