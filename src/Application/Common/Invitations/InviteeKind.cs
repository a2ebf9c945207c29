namespace CleanStudents.Application.Common.Invitations;

/// <summary>The kinds of record a person signs in as; each has its own directory group.</summary>
public enum InviteeKind
{
    Student,
    Lecturer,
}
