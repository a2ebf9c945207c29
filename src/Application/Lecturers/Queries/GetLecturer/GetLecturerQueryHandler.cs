using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Versioning;
using CleanStudents.Domain.Lecturers;

namespace CleanStudents.Application.Lecturers.Queries.GetLecturer;

internal sealed class GetLecturerQueryHandler(IApplicationDbContext db) : IQueryHandler<GetLecturerQuery, Versioned<LecturerDto>>
{
    public async ValueTask<Result<Versioned<LecturerDto>>> Handle(GetLecturerQuery query, CancellationToken cancellationToken) =>
        (await db.FindToReadAsync<Lecturer>(query.LecturerId, "Lecturer", cancellationToken)).ToVersioned(LecturerDto.From);
}
