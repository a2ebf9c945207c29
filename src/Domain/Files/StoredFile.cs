namespace CleanStudents.Domain.Files;

/// <summary>
/// A file whose bytes live in object storage under a key the server chose: a student's avatar or a class's material.
/// Exactly one owner is set.
/// </summary>
public sealed class StoredFile
{
    public const int NameMaxLength = 255;
    public const int ContentTypeMaxLength = 100;

    private StoredFile(Guid id, string key, string name, string contentType, long declaredSize, string uploadedBy,
        DateTimeOffset uploadedAt)
    {
        Id = id;
        Key = key;
        Name = name;
        ContentType = contentType;
        DeclaredSize = declaredSize;
        UploadedBy = uploadedBy;
        UploadedAt = uploadedAt;
        Status = FileStatus.Pending;
    }

    public Guid Id { get; private init; }
    public Guid? StudentId { get; private init; }
    public Guid? ClassId { get; private init; }
    public string Key { get; private init; }
    public string Name { get; private init; }
    public string ContentType { get; private init; }
    public long DeclaredSize { get; private init; }

    /// <summary>The size the storage reported once the bytes arrived; null while pending.</summary>
    public long? Size { get; private set; }

    public FileStatus Status { get; private set; }

    /// <summary>The user id (Cognito <c>sub</c>) of whoever asked for the upload.</summary>
    public string UploadedBy { get; private init; }

    public DateTimeOffset UploadedAt { get; private init; }

    /// <summary>A pending upload of the owner's, stored under <c>{owner's prefix}/{fileId}</c>.</summary>
    public static StoredFile Upload(Guid id, FileOwner owner, string name, string contentType, long declaredSize,
        string uploadedBy, DateTimeOffset uploadedAt) =>
        new(id, $"{owner.KeyPrefix}/{id}", name.Trim(), contentType, declaredSize, uploadedBy, uploadedAt)
        {
            StudentId = owner.StudentId,
            ClassId = owner.ClassId,
        };

    /// <summary>
    /// Judges the bytes the storage holds: available when they start as the declared type does, carry that type and
    /// are no larger than declared; rejected otherwise (the caller then removes the object). Judging the same bytes
    /// again changes nothing. A rejected file stays rejected: bytes sent again with its form are never trusted.
    /// </summary>
    public FileStatus Check(long storedSize, string? storedContentType, ReadOnlySpan<byte> head)
    {
        if (Status == FileStatus.Rejected)
        {
            return Status;
        }

        var honest = storedSize >= 1 && storedSize <= DeclaredSize
                     && string.Equals(storedContentType, ContentType, StringComparison.OrdinalIgnoreCase)
                     && ContentSignatures.Matches(ContentType, head);
        Size = storedSize;
        Status = honest ? FileStatus.Available : FileStatus.Rejected;
        return Status;
    }
}
