using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Students.Queries.GetStudent;

internal sealed class GetStudentQueryHandler(IApplicationDbContext db) : IQueryHandler<GetStudentQuery, Versioned<StudentDto>>
{
    public async Task<Result<Versioned<StudentDto>>> Handle(GetStudentQuery query, CancellationToken cancellationToken)
    {
        var student = await db.Students.AsNoTracking().FirstOrDefaultAsync(s => s.Id == query.StudentId, cancellationToken);
        return student is null
            ? Error.NotFound("Student", query.StudentId)
            : new Versioned<StudentDto>(StudentDto.From(student), student.Version);
    }
}
