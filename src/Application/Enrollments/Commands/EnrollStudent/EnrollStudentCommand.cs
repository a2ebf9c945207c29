using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Enrollments.Commands.EnrollStudent;

/// <summary>Takes a seat in a class for a student: admins for anyone, a student only for themself.</summary>
[Authorize(Role.Admin, Owner = Owner.Student)]
[Counts(BusinessMetric.StudentsEnrolled)]
public sealed record EnrollStudentCommand(Guid StudentId) : ICommand<EnrollmentDto>, IStudentScoped
{
    public Guid ClassId { get; init; }
}
