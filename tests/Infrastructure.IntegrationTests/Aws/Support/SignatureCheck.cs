using System.Globalization;
using CleanStudents.Infrastructure.Aws;
using Microsoft.AspNetCore.Http;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws.Support;

/// <summary>
/// Server-side SigV4 check: recomputes the signature over the request exactly as it arrived (headers named in
/// SignedHeaders, the received body) with the credentials the server knows.
/// </summary>
internal static class SignatureCheck
{
    private static readonly string[] RequiredHeaders = ["content-type", "host", "x-amz-date", "x-amz-target"];

    public static string? Problem(HttpRequest request, byte[] body, AwsSigningCredentials credentials, string service)
    {
        var authorization = request.Headers.Authorization.ToString();
        var parts = authorization.Replace("AWS4-HMAC-SHA256 ", string.Empty, StringComparison.Ordinal)
            .Split(", ")
            .Select(p => p.Split('=', 2))
            .ToDictionary(p => p[0], p => p[1]);
        if (!parts.TryGetValue("Credential", out var credential) || !parts.TryGetValue("SignedHeaders", out var signed))
        {
            return "no SigV4 Authorization header";
        }

        var scope = credential.Split('/');
        if (scope[0] != credentials.AccessKeyId || scope[3] != service)
        {
            return $"unexpected credential scope {credential}";
        }

        var names = signed.Split(';');
        if (RequiredHeaders.Except(names).FirstOrDefault() is { } missing)
        {
            return $"header {missing} is not signed";
        }

        var headers = names
            .Select(n => new KeyValuePair<string, string>(n, n == "host" ? request.Host.Value! : request.Headers[n].ToString()))
            .ToList();
        var signedAt = DateTimeOffset.ParseExact(
            request.Headers["X-Amz-Date"].ToString(), "yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
        var expected = SigV4Signer.Sign(
            new SigV4Request(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? string.Empty, headers, body),
            credentials,
            scope[2],
            service,
            signedAt);
        return expected.Authorization == authorization ? null : $"signature mismatch: expected {expected.Authorization}";
    }
}
