using System.ComponentModel.DataAnnotations;

namespace CleanStudents.Application.Common.Invitations;

/// <summary>How failed invitations are retried (section <c>Invitations</c>).</summary>
public sealed class InvitationRetryOptions
{
    public const string Section = "Invitations";

    /// <summary>Wait before the first retry; each further failure doubles it.</summary>
    [Range(1, 86_400)]
    public int RetryBaseSeconds { get; set; } = 30;

    [Range(1, 86_400)]
    public int RetryMaxSeconds { get; set; } = 3600;

    /// <summary>How often the background worker looks for invitations that are due.</summary>
    [Range(1, 3600)]
    public int PollSeconds { get; set; } = 30;
}
