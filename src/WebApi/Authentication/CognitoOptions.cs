using System.ComponentModel.DataAnnotations;

namespace CleanStudents.WebApi.Authentication;

/// <summary>Which Cognito user pool issues the tokens this API accepts.</summary>
public sealed class CognitoOptions
{
    public const string Section = "Cognito";

    [Required]
    public string Region { get; set; } = "";

    [Required]
    public string UserPoolId { get; set; } = "";

    /// <summary>The app clients whose access tokens are accepted (<c>client_id</c> claim).</summary>
    [MinLength(1)]
    public string[] ClientIds { get; set; } = [];

    /// <summary>Overrides the issuer (cognito-local: <c>http://127.0.0.1:9229/{poolId}</c>).</summary>
    public string? Issuer { get; set; }

    /// <summary>Overrides where signing keys are fetched from (default: the issuer's JWKS).</summary>
    public string? JwksUrl { get; set; }

    /// <summary>A JWKS document given at deploy time, for functions that cannot reach Cognito.</summary>
    public string? JwksJson { get; set; }

    public string EffectiveIssuer => Issuer ?? $"https://cognito-idp.{Region}.amazonaws.com/{UserPoolId}";

    public string EffectiveJwksUrl => JwksUrl ?? $"{EffectiveIssuer}/.well-known/jwks.json";
}
