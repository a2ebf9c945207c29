namespace CleanStudents.Domain.Common;

/// <summary>Where a person's invitation into the identity directory stands (API.md, "Invitation state").</summary>
public enum InvitationState
{
    /// <summary>Nobody has asked for an invitation (or the person signed up by themself and is not linked yet).</summary>
    None,

    /// <summary>Queued: the invitation happens after the commit, off the request path.</summary>
    Pending,

    /// <summary>The person has a user and the record is linked to it.</summary>
    Sent,

    /// <summary>Every delivery of the invitation failed; an admin can queue it again.</summary>
    Failed,
}
