using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Lecturers.Queries.GetLecturer;

[Authorize(Role.Admin, Owner = Owner.Lecturer)]
public sealed record GetLecturerQuery(Guid LecturerId) : IQuery<Versioned<LecturerDto>>, ILecturerScoped;
