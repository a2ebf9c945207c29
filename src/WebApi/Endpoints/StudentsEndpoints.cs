using CleanStudents.Application.Students;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.DeleteStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;
using CleanStudents.Application.Students.Queries.GetStudent;
using CleanStudents.Application.Students.Queries.ListStudents;
using static Microsoft.AspNetCore.Http.StatusCodes;

namespace CleanStudents.WebApi.Endpoints;

internal static class StudentsEndpoints
{
    public static void MapStudents(this RouteGroupBuilder api)
    {
        var students = api.MapGroup("/students").WithTags("Students");
        students.ProducesProblem(Status403Forbidden);
        students.MapList<ListStudentsQuery, StudentDto>("ListStudents");
        students.MapCreate<CreateStudentCommand, StudentDto>("CreateStudent", student => student.Id);
        students.MapRead<GetStudentQuery, StudentDto>("GetStudent", id => new GetStudentQuery(id));
        students.MapUpdate<UpdateStudentCommand, StudentDto>("UpdateStudent",
            (command, id, expectedVersion) => command with { Id = id, ExpectedVersion = expectedVersion });
        students.MapDelete("DeleteStudent", (id, expectedVersion) => new DeleteStudentCommand(id, expectedVersion));
    }
}
