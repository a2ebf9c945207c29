namespace CleanStudents.Application.Common.Security;

/// <summary>Who, besides the listed roles, may send a request because it concerns them.</summary>
public enum Owner
{
    None,

    /// <summary>The student the request names (<see cref="IStudentScoped"/>), signed in as a student.</summary>
    Student,

    /// <summary>The lecturer the request names (<see cref="ILecturerScoped"/>), signed in as a lecturer.</summary>
    Lecturer,

    /// <summary>The lecturer who teaches the class the request names (<see cref="IClassScoped"/>).</summary>
    ClassLecturer,

    /// <summary>
    /// The lecturer who teaches the class the request names, or a student enrolled in it (<see cref="IClassScoped"/>).
    /// </summary>
    ClassMember,
}

public interface IStudentScoped
{
    Guid StudentId { get; }
}

public interface ILecturerScoped
{
    Guid LecturerId { get; }
}

public interface IClassScoped
{
    Guid ClassId { get; }
}
