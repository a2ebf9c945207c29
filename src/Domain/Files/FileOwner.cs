namespace CleanStudents.Domain.Files;

/// <summary>
/// Whom a stored file belongs to: a student (their avatar) or a class (its materials). The owner decides the prefix
/// of the file's key, which the storage's access rights are granted on.
/// </summary>
public readonly record struct FileOwner
{
    private FileOwner(Guid? studentId, Guid? classId, string keyPrefix)
    {
        StudentId = studentId;
        ClassId = classId;
        KeyPrefix = keyPrefix;
    }

    public Guid? StudentId { get; }

    public Guid? ClassId { get; }

    /// <summary>Where the owner's objects live: <c>avatars/{studentId}</c> or <c>materials/{classId}</c>.</summary>
    public string KeyPrefix { get; }

    public static FileOwner Student(Guid studentId) => new(studentId, null, $"avatars/{studentId}");

    public static FileOwner Class(Guid classId) => new(null, classId, $"materials/{classId}");
}
