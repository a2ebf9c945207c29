using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Security;

namespace CleanStudents.Application.Files.Commands.RequestMaterialUpload;

/// <summary>
/// Asks for a form that uploads a class's new material straight to the storage: admins for any class, a lecturer for
/// the classes they teach.
/// </summary>
[Authorize(Role.Admin, Owner = Owner.ClassLecturer)]
public sealed record RequestMaterialUploadCommand(Guid ClassId, string Name, string ContentType, long? Size)
    : ICommand<FileUploadDto>, IClassScoped, IUploadRequest;
