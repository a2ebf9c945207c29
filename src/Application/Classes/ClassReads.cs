using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Classes;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Classes;

internal static class ClassReads
{
    /// <summary>
    /// Classes with their subject and lecturer names, as one SQL query (an inner join to
    /// subjects, a left join to lecturers): a page of classes never costs a query per class.
    /// The ordering of <paramref name="classes"/> is kept.
    /// </summary>
    public static IQueryable<Versioned<ClassDto>> ToDtos(this IQueryable<Class> classes, IApplicationDbContext db) =>
        classes
            .Join(db.Subjects, c => c.SubjectId, s => s.Id, (c, s) => new { Class = c, Subject = s })
            .LeftJoin(db.Lecturers, x => x.Class.LecturerId, l => (Guid?)l.Id, (x, l) => new Versioned<ClassDto>(
                new ClassDto(x.Class.Id, x.Class.Code.Value, x.Class.SubjectId, x.Subject.Code.Value, x.Subject.Name,
                    x.Class.LecturerId, l == null ? null : l.FirstName + " " + l.LastName, x.Class.Term.Value,
                    x.Class.Capacity, x.Class.EnrolledCount, x.Class.Schedule, x.Class.Room),
                x.Class.Version));

    public static Task<Versioned<ClassDto>?> FindDtoAsync(this IApplicationDbContext db, Guid id,
        CancellationToken cancellationToken) =>
        db.Classes.AsNoTracking().Where(c => c.Id == id).ToDtos(db).FirstOrDefaultAsync(cancellationToken);
}
