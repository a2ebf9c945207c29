using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Students.Queries.GetStudent;

internal sealed class GetStudentQueryHandler(IApplicationDbContext db) : IQueryHandler<GetStudentQuery, Versioned<StudentDto>>
{
    public async ValueTask<Result<Versioned<StudentDto>>> Handle(GetStudentQuery query, CancellationToken cancellationToken) =>
        (await db.Students.FindToReadAsync(query.StudentId, "Student", cancellationToken)).ToVersioned(StudentDto.From);
}
