using System.Net;
using System.Text.Json;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>Turns a JSON-protocol error answer into an <see cref="AwsServiceException"/>.</summary>
internal static class AwsErrorParser
{
    public static AwsServiceException Parse(HttpStatusCode statusCode, string? errorTypeHeader, ReadOnlySpan<byte> body)
    {
        string? type = null;
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(body.ToArray());
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in document.RootElement.EnumerateObject())
                {
                    if (property.Value.ValueKind != JsonValueKind.String)
                    {
                        continue;
                    }

                    if (property.NameEquals("__type") || property.NameEquals("code"))
                    {
                        type ??= property.Value.GetString();
                    }
                    else if (property.Name.Equals("message", StringComparison.OrdinalIgnoreCase))
                    {
                        message ??= property.Value.GetString();
                    }
                }
            }
        }
        catch (JsonException)
        {
            // Proxies and load balancers answer with HTML or nothing; the status code is all there is.
        }

        var code = ShortCode(type ?? errorTypeHeader) ?? $"Http{(int)statusCode}";
        return new AwsServiceException(code, statusCode, message ?? statusCode.ToString());
    }

    // "com.amazonaws.secretsmanager#ResourceNotFoundException" and
    // "ResourceNotFoundException:http://internal.amazon.com/..." both mean "ResourceNotFoundException".
    private static string? ShortCode(string? type)
    {
        if (string.IsNullOrWhiteSpace(type))
        {
            return null;
        }

        var code = type[(type.LastIndexOf('#') + 1)..];
        var colon = code.IndexOf(':', StringComparison.Ordinal);
        return (colon < 0 ? code : code[..colon]).Trim();
    }
}
