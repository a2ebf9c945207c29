namespace CleanStudents.Application.Common.Invitations;

/// <summary>
/// Gives people who have a record (student, lecturer) a sign-in in the identity directory. A directory failure
/// never fails the caller: the work is queued as a <see cref="PendingInvitation"/> in the caller's transaction
/// and retried in the background (docs/adr/0204).
/// </summary>
public interface IUserInvitations
{
    /// <summary>Invites the person; returns their user id (sub), or null when the invitation was queued.</summary>
    Task<string?> InviteAsync(InviteeKind kind, Guid recordId, string email, CancellationToken cancellationToken);

    /// <summary>Adds an existing user to the kind's group; returns false when that was queued.</summary>
    Task<bool> AddToGroupAsync(InviteeKind kind, Guid recordId, string username, CancellationToken cancellationToken);
}
