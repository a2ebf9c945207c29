using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Enrollments.Commands.SetScore;

/// <param name="Score">0.00–10.00 with two decimals; null clears the grade.</param>
[Authorize(Role.Admin, Owner = Owner.ClassLecturer)]
public sealed record SetScoreCommand(decimal? Score) : ICommand<EnrollmentDto>, IClassScoped
{
    public Guid ClassId { get; init; }

    public Guid StudentId { get; init; }
}
