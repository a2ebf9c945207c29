namespace CleanStudents.Application.Classes;

/// <summary>The fields a client writes to create or replace a class.</summary>
public interface IClassFields
{
    string Code { get; }
    Guid SubjectId { get; }
    Guid? LecturerId { get; }
    string Term { get; }
    int Capacity { get; }
    string? Schedule { get; }
    string? Room { get; }
}
