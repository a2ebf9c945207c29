using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Enrollments.Queries.ListStudentEnrollments;

/// <summary>Every class a student is enrolled in, with scores, in the order they enrolled.</summary>
[Authorize(Role.Admin, Role.Lecturer, Owner = Owner.Student)]
public sealed record ListStudentEnrollmentsQuery(Guid StudentId) : IQuery<IReadOnlyList<EnrollmentDto>>, IStudentScoped;
