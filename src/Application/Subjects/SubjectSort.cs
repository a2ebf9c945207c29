using System.Linq.Expressions;
using CleanStudents.Application.Common.Paging;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Subjects;

internal static class SubjectSort
{
    public static readonly SortOrder<Subject> Order = new("code",
        new Dictionary<string, Expression<Func<Subject, object>>>
        {
            ["code"] = s => s.Code,
            ["name"] = s => s.Name,
            ["credits"] = s => s.Credits,
        },
        s => s.Id);
}
