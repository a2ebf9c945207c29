using System.ComponentModel.DataAnnotations;

namespace CleanStudents.Infrastructure.Identity;

/// <summary>The Cognito user pool people sign in with (section <c>Cognito</c>).</summary>
internal sealed class CognitoOptions
{
    public const string SectionName = "Cognito";

    [Required]
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>Falls back to <c>Aws:Region</c>.</summary>
    public string? Region { get; set; }

    /// <summary>Overrides the regional endpoint, e.g. cognito-local on http://127.0.0.1:9229.</summary>
    public Uri? ServiceUrl { get; set; }
}
