using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace CleanStudents.WebApi.AcceptanceTests.Support;

/// <summary>
/// Makes hostile tokens. With cognito-local's own signing key (shipped in its npm package) it
/// makes tokens whose signature is valid, so each test isolates exactly one broken claim.
/// </summary>
internal static class TokenForge
{
    private static readonly Lazy<JsonWebKey> CognitoLocalKey = new(LoadCognitoLocalKey);

    public static string Signed(IDictionary<string, object> claims, DateTime? notBefore = null, DateTime? expires = null,
        bool withKeyId = true)
    {
        var key = CognitoLocalKey.Value;
        var signingKey = new JsonWebKey(JsonSerializer.Serialize(key)) { KeyId = withKeyId ? key.KeyId : null };
        var descriptor = new SecurityTokenDescriptor
        {
            Claims = claims,
            IssuedAt = (notBefore ?? DateTime.UtcNow).AddSeconds(-1),
            NotBefore = notBefore ?? DateTime.UtcNow.AddSeconds(-1),
            Expires = expires ?? DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(signingKey, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler { SetDefaultTimesOnTokenCreation = false }.CreateToken(descriptor);
    }

    /// <summary>The claims of a genuine access token of <paramref name="persona"/>.</summary>
    public static Dictionary<string, object> ClaimsOf(Persona persona)
    {
        var token = new JsonWebToken(persona.AccessToken);
        using var payload = JsonDocument.Parse(Base64UrlEncoder.Decode(token.EncodedPayload));
        return payload.RootElement.EnumerateObject()
            .Where(p => p.Name is not ("exp" or "iat" or "nbf"))
            .ToDictionary(p => p.Name, p => (object)p.Value.Clone());
    }

    public static string SignedWithNewKey(IDictionary<string, object> claims, string keyId = "CognitoLocal")
    {
        using var rsa = RSA.Create(2048);
        var key = new RsaSecurityKey(rsa.ExportParameters(true)) { KeyId = keyId };
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A token with <c>alg: none</c> and no signature.</summary>
    public static string Unsigned(IDictionary<string, object> claims) =>
        $"{Encode(new { alg = "none", typ = "JWT" })}.{Encode(claims)}.";

    /// <summary>HS256 keyed with the public key's JSON: the classic algorithm-confusion attack.</summary>
    public static string HmacWithPublicKey(IDictionary<string, object> claims, string publicJwks)
    {
        var header = Encode(new { alg = "HS256", typ = "JWT", kid = "CognitoLocal" });
        var body = Encode(claims);
        var signature = HMACSHA256.HashData(Encoding.UTF8.GetBytes(publicJwks), Encoding.ASCII.GetBytes($"{header}.{body}"));
        return $"{header}.{body}.{Base64UrlEncoder.Encode(signature)}";
    }

    /// <summary>A genuine token whose payload was edited after signing.</summary>
    public static string Tampered(string token, IDictionary<string, object> claims)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{Encode(claims)}.{parts[2]}";
    }

    private static string Encode(object value) => Base64UrlEncoder.Encode(JsonSerializer.Serialize(value));

    private static JsonWebKey LoadCognitoLocalKey()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ".local", "tools", "node_modules", "cognito-local", "lib", "keys",
                "cognitoLocal.private.json");
            if (File.Exists(path))
            {
                using var file = JsonDocument.Parse(File.ReadAllText(path));
                var key = new JsonWebKey(file.RootElement.GetProperty("jwk").GetRawText());
                key.KeyId ??= "CognitoLocal";
                return key;
            }
        }

        throw new InvalidOperationException("cognito-local's signing key was not found under .local/tools; run build/stack.sh once.");
    }
}
