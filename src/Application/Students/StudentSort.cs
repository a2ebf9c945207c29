using System.Linq.Expressions;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students;

internal static class StudentSort
{
    public static readonly SortOrder<Student> Order = new("lastName",
        new Dictionary<string, Expression<Func<Student, object>>>
        {
            ["lastName"] = s => s.LastName,
            ["firstName"] = s => s.FirstName,
            ["studentNumber"] = s => s.StudentNumber,
            ["enrolledOn"] = s => s.EnrolledOn,
            ["email"] = s => s.Email,
        },
        s => s.Id);
}
