using System.Text.Json.Serialization;

namespace CleanStudents.Infrastructure.Secrets;

/// <param name="VersionStage">Omitted for the current version (<c>AWSCURRENT</c>).</param>
internal sealed record GetSecretValueRequest(string SecretId, string? VersionStage = null);

internal sealed record GetSecretValueResponse(string? SecretString);

/// <summary>The RDS-managed master secret: only the user name and password (host, port and database are configured).</summary>
internal sealed record RdsMasterSecret(
    [property: JsonPropertyName("username")] string Username,
    [property: JsonPropertyName("password")] string Password)
{
    public override string ToString() => $"RdsMasterSecret {{ Username = {Username} }}";
}

[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(GetSecretValueRequest))]
[JsonSerializable(typeof(GetSecretValueResponse))]
[JsonSerializable(typeof(RdsMasterSecret))]
internal sealed partial class SecretsManagerJsonContext : JsonSerializerContext;
