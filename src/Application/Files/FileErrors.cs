using CleanStudents.Application.Common.Persistence;
using CleanStudents.Application.Common.Results;
using Microsoft.EntityFrameworkCore;

namespace CleanStudents.Application.Files;

internal static class FileErrors
{
    public static readonly Error NoAvatar = new(ErrorKind.NotFound, "Not found", "The student has no avatar.");

    public static readonly Error NotYetAvailable = Error.Conflict(
        "The file's bytes have not been confirmed by the storage yet; try again in a few seconds.");

    public static readonly Error Rejected = Error.Conflict(
        "The file was rejected: the bytes the storage received were not what its upload declared.");

    public static readonly Error TooManyMaterials = Error.Conflict(
        $"The class already holds {FileRules.MaterialsPerClass} materials; delete one before uploading another.");

    /// <summary>The 404 for a material the class does not hold: the file's when the class exists, else the class's.</summary>
    public static async Task<Error> MissingMaterialAsync(IApplicationDbContext db, Guid classId, Guid fileId,
        CancellationToken cancellationToken) =>
        await db.Classes.AnyAsync(c => c.Id == classId, cancellationToken)
            ? Error.NotFound("File", fileId)
            : Error.NotFound("Class", classId);
}
