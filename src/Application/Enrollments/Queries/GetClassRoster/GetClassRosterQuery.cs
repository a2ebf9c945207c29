using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Enrollments.Queries.GetClassRoster;

/// <summary>The students of a class with their scores, by name.</summary>
[Authorize(Role.Admin, Owner = Owner.ClassLecturer)]
public sealed record GetClassRosterQuery(Guid ClassId) : IQuery<IReadOnlyList<EnrollmentDto>>, IClassScoped;
