using CleanStudents.Application.Files.Commands.RequestAvatarUpload;

namespace CleanStudents.WebApi.Contracts.Files;

/// <summary>The image a client is about to send straight to the storage as a student's avatar.</summary>
/// <param name="Name">The file's own name, kept for downloads.</param>
/// <param name="Size">In bytes: the form lets through at most this many, and the stored bytes must match.</param>
internal sealed record AvatarUploadRequest(string Name, string ContentType, long? Size)
    : IBodyOf<RequestAvatarUploadCommand, AvatarUploadRequest>
{
    public static AvatarUploadRequest Example { get; } = new("portrait.png", "image/png", 48_213);

    public RequestAvatarUploadCommand ToCommand(Guid studentId) => new(studentId, Name, ContentType, Size);
}
