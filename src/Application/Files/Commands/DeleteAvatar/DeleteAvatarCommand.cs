using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Results;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Commands.DeleteAvatar;

/// <summary>Removes a student's avatar (and any upload of one still pending): admins for anyone, a student for themself.</summary>
[Authorize(Role.Admin, Owner = Owner.Student)]
public sealed record DeleteAvatarCommand(Guid StudentId) : ICommand<Unit>, IStudentScoped;
