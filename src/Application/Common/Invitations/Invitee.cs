namespace CleanStudents.Application.Common.Invitations;

/// <summary>A student or lecturer record as invitations see it: whom to invite and how to link their sign-in.</summary>
internal sealed record Invitee(InviteeKind Kind, Guid Id, string Email, string? UserId, Action<string> LinkUser)
{
    public string Group => GroupOf(Kind);

    /// <summary>The directory group that grants the role of <paramref name="kind"/> (see the API's role table).</summary>
    public static string GroupOf(InviteeKind kind) => kind switch
    {
        InviteeKind.Student => "students",
        InviteeKind.Lecturer => "lecturers",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Every invitee kind needs a group."),
    };
}
