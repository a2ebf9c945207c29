namespace CleanStudents.Domain.Common;

/// <summary>Email rules shared by every person in the system.</summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    /// <summary>Emails are unique ignoring case, so they are stored in one canonical form.</summary>
    public static string Normalize(string email) => email.Trim().ToLowerInvariant();
}
