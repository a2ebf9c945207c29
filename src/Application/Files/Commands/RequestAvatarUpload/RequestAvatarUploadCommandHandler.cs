using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Commands.RequestAvatarUpload;

/// <remarks>The file stays pending until the storage confirms the bytes; the current avatar stays until then too.</remarks>
internal sealed class RequestAvatarUploadCommandHandler(IApplicationDbContext db, FileUploads uploads)
    : ICommandHandler<RequestAvatarUploadCommand, FileUploadDto>
{
    public async ValueTask<Result<FileUploadDto>> Handle(RequestAvatarUploadCommand command, CancellationToken cancellationToken)
    {
        if (!await db.Students.AnyAsync(s => s.Id == command.StudentId, cancellationToken))
        {
            return Error.NotFound("Student", command.StudentId);
        }

        return await uploads.BeginAsync(FileOwner.Student(command.StudentId), command, cancellationToken);
    }
}
