using System.Linq.Expressions;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Domain.Classes;

namespace CleanStudents.Application.Classes;

internal static class ClassSort
{
    public static readonly SortOrder<Class> Order = new("code",
        new Dictionary<string, Expression<Func<Class, object>>>
        {
            ["code"] = c => c.Code,
            ["term"] = c => c.Term,
            ["capacity"] = c => c.Capacity,
            ["enrolledCount"] = c => c.EnrolledCount,
        },
        c => c.Id);
}
