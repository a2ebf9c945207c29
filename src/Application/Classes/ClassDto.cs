namespace CleanStudents.Application.Classes;

public sealed record ClassDto(Guid Id, string Code, Guid SubjectId, string SubjectCode, string SubjectName,
    Guid? LecturerId, string? LecturerName, string Term, int Capacity, int EnrolledCount, string? Schedule, string? Room);
