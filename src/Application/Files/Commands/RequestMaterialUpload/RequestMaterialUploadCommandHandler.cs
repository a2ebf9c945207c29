using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files.Commands.RequestMaterialUpload;

/// <remarks>
/// The class's row is locked until the commit, so two requests racing for its last place queue instead of both
/// passing the count, and a class being deleted meanwhile takes no new file.
/// </remarks>
internal sealed class RequestMaterialUploadCommandHandler(IApplicationDbContext db, IRowLocks locks, FileUploads uploads)
    : ICommandHandler<RequestMaterialUploadCommand, FileUploadDto>
{
    public async ValueTask<Result<FileUploadDto>> Handle(RequestMaterialUploadCommand command, CancellationToken cancellationToken)
    {
        if (await locks.ClassAsync(command.ClassId, cancellationToken) is null)
        {
            return Error.NotFound("Class", command.ClassId);
        }

        var held = await db.Files.CountAsync(f => f.ClassId == command.ClassId && f.Status != FileStatus.Rejected, cancellationToken);
        if (held >= FileRules.MaterialsPerClass)
        {
            return FileErrors.TooManyMaterials;
        }

        return await uploads.BeginAsync(FileOwner.Class(command.ClassId), command, cancellationToken);
    }
}
