using CleanStudents.Application.Common.Results;

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

    public static Error NoMaterial(Guid fileId) => Error.NotFound("File", fileId);
}
