using System.Linq.Expressions;
using CleanStudents.Domain.Common;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Application.Lecturers;

public sealed record LecturerDto(Guid Id, string StaffNumber, string FirstName, string LastName, string FullName,
    string Email, string? Department, string? UserId, InvitationState Invitation)
{
    /// <summary>Translated to SQL, so reads select only these columns.</summary>
    public static readonly Expression<Func<Lecturer, LecturerDto>> Projection = l => new LecturerDto(l.Id,
        l.StaffNumber.Value, l.FirstName, l.LastName, l.FirstName + " " + l.LastName, l.Email, l.Department, l.UserId,
        l.Invitation);

    private static readonly Func<Lecturer, LecturerDto> FromEntity = Projection.Compile();

    public static LecturerDto From(Lecturer lecturer) => FromEntity(lecturer);
}
