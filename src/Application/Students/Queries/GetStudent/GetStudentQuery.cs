using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;
using CleanStudents.Application.Common.Versioning;

namespace CleanStudents.Application.Students.Queries.GetStudent;

[Authorize(Role.Admin, Role.Lecturer, Owner = Owner.Student)]
public sealed record GetStudentQuery(Guid StudentId) : IQuery<Versioned<StudentDto>>, IStudentScoped;
