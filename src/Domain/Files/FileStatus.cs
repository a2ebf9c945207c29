namespace CleanStudents.Domain.Files;

/// <summary>Where an uploaded file stands (API.md, "File").</summary>
public enum FileStatus
{
    /// <summary>Upload form issued; the storage has not confirmed the bytes yet.</summary>
    Pending,

    /// <summary>The stored bytes were checked and may be downloaded.</summary>
    Available,

    /// <summary>The stored bytes did not match what was declared; the object was removed.</summary>
    Rejected,
}
