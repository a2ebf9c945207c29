using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace CleanStudents.WebApi.Authentication;

/// <summary>
/// Reads signing keys straight from a JWKS URL instead of the OpenID discovery document
/// (cognito-local's discovery document names a fixed host, and keys are all we need).
/// </summary>
internal sealed class JwksConfigurationRetriever(string issuer) : IConfigurationRetriever<OpenIdConnectConfiguration>
{
    public async Task<OpenIdConnectConfiguration> GetConfigurationAsync(string address, IDocumentRetriever retriever,
        CancellationToken cancel) => FromJwks(issuer, await retriever.GetDocumentAsync(address, cancel));

    public static OpenIdConnectConfiguration FromJwks(string issuer, string jwksJson)
    {
        var configuration = new OpenIdConnectConfiguration { Issuer = issuer };
        foreach (var key in new JsonWebKeySet(jwksJson).GetSigningKeys())
        {
            configuration.SigningKeys.Add(key);
        }

        return configuration;
    }
}
