namespace CleanStudents.Application.Common.Ports;

/// <summary>The user directory people sign in with (Cognito on AWS, cognito-local on a laptop).</summary>
public interface IIdentityDirectory
{
    /// <summary>
    /// Creates the user (sending the invitation) or finds the existing one with this email, and
    /// puts them in <paramref name="group"/>. Returns the user's subject (<c>sub</c>).
    /// </summary>
    Task<string> InviteUserAsync(string email, string group, CancellationToken cancellationToken);

    /// <summary>Adds an existing user to a group; adding twice is harmless.</summary>
    Task AddToGroupAsync(string username, string group, CancellationToken cancellationToken);
}
