using CleanStudents.Application.Files.Commands.RequestMaterialUpload;

namespace CleanStudents.WebApi.Contracts.Files;

/// <summary>The document a client is about to send straight to the storage as one of a class's materials.</summary>
/// <param name="Name">The file's own name, kept for downloads.</param>
/// <param name="Size">In bytes: the form lets through at most this many, and the stored bytes must match.</param>
internal sealed record MaterialUploadRequest(string Name, string ContentType, long? Size)
    : IBodyOf<RequestMaterialUploadCommand, MaterialUploadRequest>
{
    public static MaterialUploadRequest Example { get; } = new("week-1-slides.pdf", "application/pdf", 2_481_337);

    public RequestMaterialUploadCommand ToCommand(Guid classId) => new(classId, Name, ContentType, Size);
}
