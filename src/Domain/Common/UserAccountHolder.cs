namespace CleanStudents.Domain.Common;

/// <summary>
/// A person on record who may also sign in (a student, a lecturer): the user they sign in as, and where their
/// invitation into the identity directory stands.
/// </summary>
public abstract class UserAccountHolder(Guid id) : Entity(id)
{
    /// <summary>The Cognito user (sub) who signs in as this person, once invited or linked.</summary>
    public string? UserId { get; private set; }

    public InvitationState Invitation { get; private set; }

    /// <summary>Links the record to its user: the invitation is then <see cref="InvitationState.Sent"/>.</summary>
    public void LinkUser(string userId)
    {
        UserId = userId;
        Invitation = InvitationState.Sent;
    }

    /// <summary>Marks the invitation as queued.</summary>
    public void AwaitInvitation() => Invitation = InvitationState.Pending;

    /// <summary>Marks the invitation as given up on, unless the record got linked meanwhile.</summary>
    public void FailInvitation() => Invitation = UserId is null ? InvitationState.Failed : InvitationState.Sent;
}
