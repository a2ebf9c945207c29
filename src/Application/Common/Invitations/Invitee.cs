using CleanStudents.Domain.Common;

namespace CleanStudents.Application.Common.Invitations;

/// <summary>A student or lecturer record as invitations see it: whom to invite and the record to link.</summary>
internal sealed record Invitee(InviteeKind Kind, UserAccountHolder Record, string Email)
{
    public Guid Id => Record.Id;

    public string? UserId => Record.UserId;

    public InvitationState Invitation => Record.Invitation;

    public string Group => GroupOf(Kind);

    /// <summary>The directory group that grants the role of <paramref name="kind"/> (see the API's role table).</summary>
    public static string GroupOf(InviteeKind kind) => kind switch
    {
        InviteeKind.Student => "students",
        InviteeKind.Lecturer => "lecturers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every invitee kind needs a group."),
    };
}
