using System.Linq.Expressions;
using CleanStudents.Domain.Subjects;

namespace CleanStudents.Application.Subjects;

public sealed record SubjectDto(Guid Id, string Code, string Name, int Credits, string? Description)
{
    /// <summary>Translated to SQL, so reads select only these columns.</summary>
    public static readonly Expression<Func<Subject, SubjectDto>> Projection =
        s => new SubjectDto(s.Id, s.Code.Value, s.Name, s.Credits, s.Description);

    private static readonly Func<Subject, SubjectDto> FromEntity = Projection.Compile();

    public static SubjectDto From(Subject subject) => FromEntity(subject);
}
