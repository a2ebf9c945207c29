using System.Text.Json;
using System.Text.Json.Serialization;

namespace CleanStudents.Benchmarks.Baseline;

internal sealed record StudentJson(Guid Id, string StudentNumber, string FirstName, string LastName, string FullName,
    string Email, DateOnly DateOfBirth, DateOnly EnrolledOn, string Status, string? UserId);

internal sealed record StudentPage(IReadOnlyList<StudentJson> Items, int Page, int PageSize, int TotalCount, int TotalPages);

internal sealed record CreateStudentBody(string? StudentNumber, string? FirstName, string? LastName, string? Email,
    DateOnly? DateOfBirth, DateOnly? EnrolledOn);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(StudentJson))]
[JsonSerializable(typeof(StudentPage))]
[JsonSerializable(typeof(CreateStudentBody))]
internal sealed partial class BaselineJsonContext : JsonSerializerContext;
