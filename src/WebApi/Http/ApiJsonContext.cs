using System.Text.Json;
using System.Text.Json.Serialization;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Application.Me.Queries.GetMe;
using CleanStudents.Application.Students;
using CleanStudents.Application.Students.Commands.CreateStudent;
using CleanStudents.Application.Students.Commands.UpdateStudent;

namespace CleanStudents.WebApi.Http;

/// <summary>
/// Serialization code generated at build time for the bodies the API reads and writes, so no
/// request pays for reflection-built metadata. A type missing here still works, through reflection.
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StudentDto))]
[JsonSerializable(typeof(PagedList<StudentDto>))]
[JsonSerializable(typeof(CreateStudentCommand))]
[JsonSerializable(typeof(UpdateStudentCommand))]
[JsonSerializable(typeof(MeDto))]
internal sealed partial class ApiJsonContext : JsonSerializerContext;
