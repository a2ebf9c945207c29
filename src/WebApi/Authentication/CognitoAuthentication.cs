using CleanStudents.Application.Common.Security;
using CleanStudents.Infrastructure.Identity;
using CleanStudents.WebApi.Errors;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CleanStudents.WebApi.Authentication;

/// <summary>
/// Accepts Cognito access tokens: RS256 signature by a key of the pool, the pool's issuer, a
/// live lifetime, <c>token_use = access</c> and a configured <c>client_id</c>. Access tokens
/// carry no audience, which is why the client check is explicit. The options are bound and
/// validated with the Cognito adapter (Infrastructure).
/// </summary>
internal static class CognitoAuthentication
{
    public static IServiceCollection AddCognitoAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        services.WithoutKeyRingLoadAtStart();
        services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<CognitoOptions>>((options, cognito) => Configure(options, cognito.Value));
        services.AddAuthorization();
        // The use cases' caller is read from the validated token's claims, here where HTTP is.
        services.AddHttpContextAccessor();
        services.AddScoped<ICurrentUser, ClaimsCurrentUser>();
        services.AddHostedService<SigningKeysPriming>();
        return services;
    }

    /// <summary>
    /// AddAuthentication registers ASP.NET Data Protection, whose hosted service loads the XML key
    /// ring at every start and creates a key when it finds none, as on every fresh host. The API signs
    /// and encrypts nothing with it (bearer tokens only), so that start-up work is dropped; Data
    /// Protection itself stays registered and would load its keys on first use.
    /// </summary>
    private static void WithoutKeyRingLoadAtStart(this IServiceCollection services)
    {
        var dataProtection = typeof(DataProtectionOptions).Assembly;
        var keyRingLoaders = services
            .Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType?.Assembly == dataProtection)
            .ToList();
        foreach (var loader in keyRingLoaders)
        {
            services.Remove(loader);
        }
    }

    private static void Configure(JwtBearerOptions options, CognitoOptions cognito)
    {
        var issuer = cognito.EffectiveIssuer;
        options.MapInboundClaims = false;
        options.RequireHttpsMetadata = issuer.StartsWith("https://", StringComparison.Ordinal);
        options.RefreshOnIssuerKeyNotFound = true;
        options.ConfigurationManager = cognito.JwksJson is { Length: > 0 } jwks
            ? new StaticConfigurationManager<OpenIdConnectConfiguration>(JwksConfigurationRetriever.FromJwks(issuer, jwks))
            : new ConfigurationManager<OpenIdConnectConfiguration>(cognito.EffectiveJwksUrl,
                new JwksConfigurationRetriever(issuer),
                new HttpDocumentRetriever { RequireHttps = options.RequireHttpsMetadata })
            {
                // A key rotation is picked up within a minute; a JWKS outage keeps the last keys.
                RefreshInterval = TimeSpan.FromMinutes(1),
                AutomaticRefreshInterval = TimeSpan.FromHours(6),
            };
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = issuer,
            ValidateAudience = false,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            TryAllIssuerSigningKeys = false,
            ClockSkew = TimeSpan.FromSeconds(30),
            NameClaimType = CognitoClaims.Username,
        };
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context =>
            {
                var principal = context.Principal!;
                if (principal.FindFirst(CognitoClaims.TokenUse)?.Value != "access")
                {
                    context.Fail("Only access tokens are accepted.");
                }
                else if (principal.FindFirst(CognitoClaims.ClientId)?.Value is not { } clientId
                         || !cognito.ClientIds.Contains(clientId, StringComparer.Ordinal))
                {
                    context.Fail("The token was issued to an unknown client.");
                }

                return Task.CompletedTask;
            },
            OnChallenge = async context =>
            {
                context.HandleResponse();
                context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null
                    ? "Bearer"
                    : "Bearer error=\"invalid_token\"";
                await ProblemResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized,
                    "Unauthorized", "A valid Cognito access token is required in the Authorization header.");
            },
        };
    }
}
