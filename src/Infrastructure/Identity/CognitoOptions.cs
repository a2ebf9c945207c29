using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace CleanStudents.Infrastructure.Identity;

/// <summary>The Cognito user pool people sign in with (section <c>Cognito</c>).</summary>
public sealed class CognitoOptions
{
    public const string SectionName = "Cognito";

    [Required]
    public string UserPoolId { get; set; } = string.Empty;

    /// <summary>Falls back to <c>Aws:Region</c> and then <c>AWS_REGION</c>.</summary>
    public string? Region { get; set; }

    /// <summary>Overrides the regional endpoint, e.g. cognito-local on http://127.0.0.1:9229.</summary>
    public Uri? ServiceUrl { get; set; }

    /// <summary>The app clients whose access tokens are accepted (their <c>client_id</c> claim).</summary>
    [MinLength(1)]
    public string[] ClientIds { get; set; } = [];

    /// <summary>Overrides the token issuer (cognito-local: <c>http://127.0.0.1:9229/{poolId}</c>).</summary>
    public string? Issuer { get; set; }

    /// <summary>Overrides where signing keys are fetched from (default: the issuer's JWKS).</summary>
    public string? JwksUrl { get; set; }

    /// <summary>A JWKS document given at deploy time, for functions that cannot reach Cognito.</summary>
    public string? JwksJson { get; set; }

    public string EffectiveIssuer => Issuer ?? $"https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}";

    public string EffectiveJwksUrl => JwksUrl ?? $"{EffectiveIssuer}/.well-known/jwks.json";
}

/// <summary>Checks <see cref="CognitoOptions"/>'s attributes with code generated at build time: no reflection at start-up.</summary>
[OptionsValidator]
internal sealed partial class CognitoOptionsValidator : IValidateOptions<CognitoOptions>;
