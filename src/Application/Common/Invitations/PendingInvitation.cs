using CleanStudents.Domain.Common;

namespace CleanStudents.Application.Common.Invitations;

/// <summary>
/// An invitation the directory could not complete yet (table <c>pending_invitations</c>): written in the same
/// transaction as the record it is for, retried with backoff until the person is invited and linked.
/// </summary>
public sealed class PendingInvitation : Entity
{
    public const int MaxErrorLength = 1000;

    private PendingInvitation(Guid id, InviteeKind kind, Guid recordId, DateTimeOffset createdAt)
        : base(id)
    {
        Kind = kind;
        RecordId = recordId;
        CreatedAt = createdAt;
    }

    public InviteeKind Kind { get; private set; }

    /// <summary>The student's or lecturer's id; its current email is used on every attempt.</summary>
    public Guid RecordId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    /// <summary>Why the last attempt failed (never the email).</summary>
    public string? LastError { get; private set; }

    /// <summary>Queues an invitation whose first attempt just failed.</summary>
    public static PendingInvitation AfterFailure(InviteeKind kind, Guid recordId, string error, DateTimeOffset now,
        InvitationRetryOptions retry)
    {
        var invitation = new PendingInvitation(Guid.CreateVersion7(now), kind, recordId, now);
        invitation.RecordFailure(error, now, retry);
        return invitation;
    }

    /// <summary>Schedules the next attempt, doubling the wait each time up to the maximum.</summary>
    public void RecordFailure(string error, DateTimeOffset now, InvitationRetryOptions retry)
    {
        Attempts++;
        LastError = error.Length > MaxErrorLength ? error[..MaxErrorLength] : error;
        var seconds = Math.Min(retry.RetryBaseSeconds * Math.Pow(2, Math.Min(Attempts - 1, 30)), retry.RetryMaxSeconds);
        NextAttemptAt = now + TimeSpan.FromSeconds(seconds);
    }

}
