using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Commands.RequestAvatarUpload;

/// <summary>
/// Asks for a form that uploads a student's new avatar straight to the storage: admins for anyone, a student for
/// themself.
/// </summary>
[Authorize(Role.Admin, Owner = Owner.Student)]
public sealed record RequestAvatarUploadCommand(Guid StudentId, string Name, string ContentType, long? Size)
    : ICommand<FileUploadDto>, IStudentScoped, IUploadRequest;
