using System.Linq.Expressions;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students;

public sealed record StudentDto(Guid Id, string StudentNumber, string FirstName, string LastName, string FullName,
    string Email, DateOnly DateOfBirth, DateOnly EnrolledOn, StudentStatus Status, string? UserId,
    InvitationState Invitation)
{
    /// <summary>Translated to SQL, so reads select only these columns.</summary>
    public static readonly Expression<Func<Student, StudentDto>> Projection = s => new StudentDto(s.Id,
        s.StudentNumber.Value, s.FirstName, s.LastName, s.FirstName + " " + s.LastName, s.Email, s.DateOfBirth,
        s.EnrolledOn, s.Status, s.UserId, s.Invitation);

    private static readonly Func<Student, StudentDto> FromEntity = Projection.Compile();

    public static StudentDto From(Student student) => FromEntity(student);
}
