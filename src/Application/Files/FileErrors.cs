using CleanStudents.Application.Common.Results;

namespace CleanStudents.Application.Files;

internal static class FileErrors
{
    public static readonly Error NoAvatar = new(ErrorKind.NotFound, "Not found", "The student has no avatar.");

    public static readonly Error NotYetAvailable = Error.Conflict(
        "The file's bytes have not been confirmed by the storage yet; try again in a few seconds.");
}
