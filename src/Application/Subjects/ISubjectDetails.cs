namespace CleanStudents.Application.Subjects;

/// <summary>What an admin writes about a subject, on create and on update alike.</summary>
public interface ISubjectDetails
{
    string Code { get; }
    string Name { get; }
    int? Credits { get; }
    string? Description { get; }
}
