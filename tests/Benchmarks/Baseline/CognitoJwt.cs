using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CleanStudents.Benchmarks.Baseline;

/// <summary>The same checks as the app: RS256 by a pool key from the JWKS URL, issuer, lifetime, token_use, client_id.</summary>
internal static class CognitoJwt
{
    public const string Staff = nameof(Staff);
    public const string Admin = nameof(Admin);

    public static IServiceCollection AddCognitoJwt(this IServiceCollection services, IConfiguration configuration)
    {
        var issuer = configuration["Cognito:Issuer"] ?? throw new InvalidOperationException("Cognito__Issuer is not set.");
        var jwksUrl = configuration["Cognito:JwksUrl"] ?? throw new InvalidOperationException("Cognito__JwksUrl is not set.");
        var clientIds = configuration.GetSection("Cognito:ClientIds").Get<string[]>() ?? [];

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.RequireHttpsMetadata = false;
            options.RefreshOnIssuerKeyNotFound = true;
            options.ConfigurationManager = new ConfigurationManager<OpenIdConnectConfiguration>(jwksUrl,
                new JwksRetriever(issuer), new HttpDocumentRetriever { RequireHttps = false });
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = issuer,
                ValidateAudience = false,
                ValidateLifetime = true,
                RequireExpirationTime = true,
                RequireSignedTokens = true,
                ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
            };
            options.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    var principal = context.Principal!;
                    if (principal.FindFirst("token_use")?.Value != "access"
                        || !clientIds.Contains(principal.FindFirst("client_id")?.Value, StringComparer.Ordinal))
                    {
                        context.Fail("Not an access token of a known client.");
                    }

                    return Task.CompletedTask;
                },
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(Staff, policy => policy.RequireClaim("cognito:groups", "admins", "lecturers"))
            .AddPolicy(Admin, policy => policy.RequireClaim("cognito:groups", "admins"));
        return services;
    }

    private sealed class JwksRetriever(string issuer) : IConfigurationRetriever<OpenIdConnectConfiguration>
    {
        public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever,
            CancellationToken cancel)
        {
            var configuration = new OpenIdConnectConfiguration { Issuer = issuer };
            foreach (var key in new JsonWebKeySet(await retriever.GetDocumentAsync(address, cancel)).GetSigningKeys())
            {
                configuration.SigningKeys.Add(key);
            }

            return configuration;
        }
    }
}
