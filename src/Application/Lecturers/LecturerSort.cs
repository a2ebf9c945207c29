using System.Linq.Expressions;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Application.Lecturers;

internal static class LecturerSort
{
    public static readonly SortOrder<Lecturer> Order = new("lastName",
        new Dictionary<string, Expression<Func<Lecturer, object>>>
        {
            ["lastName"] = l => l.LastName,
            ["firstName"] = l => l.FirstName,
            ["staffNumber"] = l => l.StaffNumber,
            ["email"] = l => l.Email,
            ["department"] = l => l.Department!,
        },
        l => l.Id);
}
