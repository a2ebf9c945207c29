using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>A request as SigV4 sees it: the path and query stay raw so the canonical form is built exactly once.</summary>
internal sealed record SigV4Request(
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    ReadOnlyMemory<byte> Body);

internal sealed record SigV4Signature(string CanonicalRequest, string StringToSign, string Authorization, string Signature);

/// <summary>
/// AWS Signature Version 4 (header form). Hand-written because AWSSDK.Core's standalone signer always adds
/// and signs x-amz-content-sha256, which the published test-suite vectors (and JSON-protocol services) do not use.
/// </summary>
internal static class SigV4Signer
{
    private const string Algorithm = "AWS4-HMAC-SHA256";

    public static string FormatAmzDate(DateTimeOffset at) =>
        at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    public static SigV4Signature Sign(
        SigV4Request request, AwsSigningCredentials credentials, string region, string service, DateTimeOffset signedAt)
    {
        var date = signedAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var scope = $"{date}/{region}/{service}/aws4_request";
        var headers = CanonicalHeaders(request.Headers);
        var signedHeaders = string.Join(';', headers.Keys);

        var canonicalRequest = string.Join('\n',
            request.Method.ToUpperInvariant(),
            CanonicalPath(request.Path),
            CanonicalQuery(request.Query),
            string.Concat(headers.Select(h => $"{h.Key}:{h.Value}\n")),
            signedHeaders,
            Hex(SHA256.HashData(request.Body.Span)));

        var stringToSign = string.Join('\n',
            Algorithm, FormatAmzDate(signedAt), scope, Hex(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalRequest))));

        var key = Hmac(Encoding.UTF8.GetBytes("AWS4" + credentials.SecretAccessKey), date);
        key = Hmac(Hmac(Hmac(key, region), service), "aws4_request");
        var signature = Hex(Hmac(key, stringToSign));

        var authorization =
            $"{Algorithm} Credential={credentials.AccessKeyId}/{scope}, SignedHeaders={signedHeaders}, Signature={signature}";
        return new SigV4Signature(canonicalRequest, stringToSign, authorization, signature);
    }

    /// <summary>
    /// The query form (a presigned URL, such as an RDS IAM auth token): the credential, date and expiry travel as
    /// <c>X-Amz-*</c> parameters, only <c>host</c> is signed, and the signature is the last parameter.
    /// </summary>
    public static string PresignedQuery(string host, IEnumerable<KeyValuePair<string, string>> parameters,
        AwsSigningCredentials credentials, string region, string service, DateTimeOffset signedAt, TimeSpan expires)
    {
        var date = signedAt.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var all = new List<KeyValuePair<string, string>>(parameters)
        {
            new("X-Amz-Algorithm", Algorithm),
            new("X-Amz-Credential", $"{credentials.AccessKeyId}/{date}/{region}/{service}/aws4_request"),
            new("X-Amz-Date", FormatAmzDate(signedAt)),
            new("X-Amz-Expires", ((int)expires.TotalSeconds).ToString(CultureInfo.InvariantCulture)),
            new("X-Amz-SignedHeaders", "host"),
        };
        if (credentials.SessionToken is { Length: > 0 } token)
        {
            all.Add(new("X-Amz-Security-Token", token));
        }

        var query = CanonicalQuery(string.Join('&', all.Select(p => $"{Encode(p.Key)}={Encode(p.Value)}")));
        var signature = Sign(new SigV4Request("GET", "/", query, [new("host", host)], ReadOnlyMemory<byte>.Empty),
            credentials, region, service, signedAt).Signature;
        return $"{query}&X-Amz-Signature={signature}";
    }

    private static SortedDictionary<string, string> CanonicalHeaders(IEnumerable<KeyValuePair<string, string>> headers)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in headers)
        {
            var key = name.Trim().ToLowerInvariant();
            var trimmed = CollapseSpaces(value);
            result[key] = result.TryGetValue(key, out var existing) ? $"{existing},{trimmed}" : trimmed;
        }

        return result;
    }

    private static string CollapseSpaces(string value) =>
        string.Join(' ', value.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static string CanonicalPath(string path)
    {
        if (path.Length == 0)
        {
            return "/";
        }

        return string.Join('/', path.Split('/').Select(segment => Encode(Uri.UnescapeDataString(segment))));
    }

    private static string CanonicalQuery(string query)
    {
        var parameters = query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair =>
            {
                var separator = pair.IndexOf('=', StringComparison.Ordinal);
                var name = separator < 0 ? pair : pair[..separator];
                var value = separator < 0 ? string.Empty : pair[(separator + 1)..];
                return (Name: Encode(Uri.UnescapeDataString(name)), Value: Encode(Uri.UnescapeDataString(value)));
            })
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .ThenBy(p => p.Value, StringComparer.Ordinal);
        return string.Join('&', parameters.Select(p => $"{p.Name}={p.Value}"));
    }

    // RFC 3986: everything but the unreserved characters is percent-encoded, upper-case hex.
    private static string Encode(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var b in Encoding.UTF8.GetBytes(value))
        {
            var c = (char)b;
            if (char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }

    private static byte[] Hmac(byte[] key, string data) => HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(data));

    private static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);
}
