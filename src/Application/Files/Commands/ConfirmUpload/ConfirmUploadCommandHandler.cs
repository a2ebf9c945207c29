using CleanStudents.Application.Common.Mediator;
using CleanStudents.Application.Common.Messaging;
using CleanStudents.Application.Common.Metrics;
using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Ports;
using CleanStudents.Application.Common.Results;
using CleanStudents.Domain.Files;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CleanStudents.Application.Files.Commands.ConfirmUpload;

/// <remarks>
/// Runs no transaction (it calls S3): every change is saved before the storage call that depends on it, so a failure
/// anywhere leaves a state the queue's next delivery finishes. Every event is checked against the bytes themselves,
/// so a duplicate finds the same verdict and changes nothing, and bytes sent again with a form that is still valid
/// are judged again.
/// </remarks>
internal sealed class ConfirmUploadCommandHandler(IApplicationDbContext db, IFileStorage storage, IBusinessMetrics metrics,
    ILogger<ConfirmUploadCommandHandler> logger) : IRequestHandler<ConfirmUploadCommand, Delivery>
{
    public async ValueTask<Result<Delivery>> Handle(ConfirmUploadCommand command, CancellationToken cancellationToken)
    {
        foreach (var key in command.Keys)
        {
            await ConfirmAsync(key, cancellationToken);
        }

        return Delivery.Done;
    }

    private async Task ConfirmAsync(string key, CancellationToken cancellationToken)
    {
        var file = await db.Files.FirstOrDefaultAsync(f => f.Key == key, cancellationToken);
        if (file is null || file.Status == FileStatus.Rejected)
        {
            // No file owns these bytes (its owner was deleted meanwhile), or its upload was refused: nobody may read them.
            logger.LogInformation("Stored object {Key} belongs to no file that can become available; it is deleted", key);
            await storage.DeleteAsync(key, cancellationToken);
            return;
        }

        if (await storage.InspectAsync(key, ContentSignatures.HeadLength, cancellationToken) is not { } stored)
        {
            // Deleted since the event (the file was replaced or removed): nothing left to judge.
            return;
        }

        if (file.Check(stored.Size, stored.ContentType, stored.Head) == FileStatus.Available)
        {
            // Retagged before the row says available: the lifecycle rule never expires bytes a row promises.
            await storage.MarkAvailableAsync(key, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (file.StudentId is { } studentId)
            {
                await RemoveReplacedAvatarsAsync(studentId, cancellationToken);
            }

            return;
        }

        // Saved first: should the delete fail, the next delivery finds the file rejected and deletes again.
        await db.SaveChangesAsync(cancellationToken);
        logger.LogWarning("File {FileId} declared {DeclaredSize} bytes of {ContentType}; S3 holds {Size} bytes of {StoredType}: rejected",
            file.Id, file.DeclaredSize, file.ContentType, stored.Size, stored.ContentType);
        metrics.Count(BusinessMetric.FilesRejected);
        await storage.DeleteAsync(key, cancellationToken);
    }

    /// <summary>
    /// A new avatar replaces the old: every available avatar but the newest goes, the object before its row, so a
    /// failure in between leaves a row the next delivery finds again (never an object no row remembers).
    /// </summary>
    private async Task RemoveReplacedAvatarsAsync(Guid studentId, CancellationToken cancellationToken)
    {
        var available = await db.Files.Where(f => f.StudentId == studentId && f.Status == FileStatus.Available)
            .OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id).ToListAsync(cancellationToken);
        // Skipped in memory (a student has one or two available avatars): lists page only through IListPages.
        foreach (var old in available.Skip(1))
        {
            await storage.DeleteAsync(old.Key, cancellationToken);
            db.Files.Remove(old);
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
