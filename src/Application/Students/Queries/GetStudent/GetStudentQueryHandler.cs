using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Students;

namespace CleanStudents.Application.Students.Queries.GetStudent;

internal sealed class GetStudentQueryHandler(IApplicationDbContext db) : IQueryHandler<GetStudentQuery, Versioned<StudentDto>>
{
    public async ValueTask<Result<Versioned<StudentDto>>> Handle(GetStudentQuery query, CancellationToken cancellationToken) =>
        (await db.FindToReadAsync<Student>(query.StudentId, "Student", cancellationToken)).ToVersioned(StudentDto.From);
}
