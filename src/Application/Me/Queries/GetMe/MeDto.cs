namespace CleanStudents.Application.Me.Queries.GetMe;

public sealed record MeDto(string UserId, string? Email, IReadOnlyList<string> Roles, Guid? StudentId, Guid? LecturerId);
