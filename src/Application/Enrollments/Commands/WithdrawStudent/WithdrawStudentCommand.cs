using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Enrollments.Commands.WithdrawStudent;

/// <summary>Gives a student's seat back: admins for anyone, a student only their own.</summary>
[Authorize(Role.Admin, Owner = Owner.Student)]
public sealed record WithdrawStudentCommand(Guid ClassId, Guid StudentId) : ICommand<Unit>, IStudentScoped;
