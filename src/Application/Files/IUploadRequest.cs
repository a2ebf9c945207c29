namespace CleanStudents.Application.Files;

/// <summary>What a client declares about the file it is about to upload.</summary>
public interface IUploadRequest
{
    string Name { get; }

    string ContentType { get; }

    long? Size { get; }
}
