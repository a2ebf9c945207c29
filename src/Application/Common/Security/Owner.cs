namespace CleanStudents.Application.Common.Security;

/// <summary>Who, besides the listed roles, may send a request because it concerns them.</summary>
public enum Owner
{
    None,

    /// <summary>The student the request names (<see cref="IStudentScoped"/>).</summary>
    Student,
}

public interface IStudentScoped
{
    Guid StudentId { get; }
}
