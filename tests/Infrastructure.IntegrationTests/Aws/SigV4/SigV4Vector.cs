using System.Globalization;
using System.Text;
using System.Text.Json;
using CleanStudents.Infrastructure.Aws;

namespace CleanStudents.Infrastructure.IntegrationTests.Aws.SigV4;

/// <summary>One published test-suite case: the request and what signing it must produce.</summary>
public sealed record SigV4Vector(
    string Name,
    string Method,
    string Path,
    string Query,
    IReadOnlyList<KeyValuePair<string, string>> Headers,
    byte[] Body,
    string? SessionToken,
    string ExpectedAuthorization,
    string? ExpectedCanonicalRequest,
    string? ExpectedStringToSign)
{
    public const string Region = "us-east-1";
    public const string Service = "service";

    public static readonly DateTimeOffset SignedAt = DateTimeOffset.Parse("2015-08-30T12:36:00Z", CultureInfo.InvariantCulture);

    internal AwsSigningCredentials Credentials =>
        new("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", SessionToken);

    internal SigV4Request Request => new(Method, Path, Query, Headers, Body);

    public override string ToString() => Name;

    public static IEnumerable<SigV4Vector> All()
    {
        var root = VectorsDirectory();
        foreach (var dir in Directory.GetDirectories(System.IO.Path.Combine(root, "aws-c-auth")).Order(StringComparer.Ordinal))
        {
            var request = ParseRequest(File.ReadAllText(System.IO.Path.Combine(dir, "header-signed-request.txt")));
            var authorization = request.Headers.Single(h => h.Key == "Authorization").Value;
            var context = System.IO.Path.Combine(dir, "context.json");
            string? token = null;
            if (File.Exists(context))
            {
                using var json = JsonDocument.Parse(File.ReadAllText(context));
                token = json.RootElement.GetProperty("credentials").TryGetProperty("token", out var t) ? t.GetString() : null;
            }

            yield return request with
            {
                Name = "aws-c-auth/" + System.IO.Path.GetFileName(dir),
                Headers = request.Headers.Where(h => h.Key != "Authorization").ToList(),
                SessionToken = token,
                ExpectedAuthorization = authorization,
            };
        }

        foreach (var suite in new[] { "aws-sdk-ruby", "aws-sdk-js-v3" })
        {
            foreach (var dir in Directory.GetDirectories(System.IO.Path.Combine(root, suite)).Order(StringComparer.Ordinal))
            {
                var name = System.IO.Path.GetFileName(dir);
                string? Optional(string ext) =>
                    File.Exists(System.IO.Path.Combine(dir, name + ext)) ? File.ReadAllText(System.IO.Path.Combine(dir, name + ext)) : null;
                yield return ParseRequest(File.ReadAllText(System.IO.Path.Combine(dir, name + ".req"))) with
                {
                    Name = $"{suite}/{name}",
                    ExpectedAuthorization = File.ReadAllText(System.IO.Path.Combine(dir, name + ".authz")),
                    ExpectedCanonicalRequest = Optional(".creq"),
                    ExpectedStringToSign = Optional(".sts"),
                };
            }
        }
    }

    // As in the suite, the request line is split on spaces: post-vanilla-query-space's target is "/?p".
    private static SigV4Vector ParseRequest(string raw)
    {
        var headerEnd = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = headerEnd < 0 ? raw : raw[..headerEnd];
        var body = headerEnd < 0 ? string.Empty : raw[(headerEnd + 2)..];
        var lines = head.Split('\n');

        var requestLine = lines[0];
        var parts = requestLine.Split(' ');
        var (method, target) = (parts[0], parts[1]);
        var queryStart = target.IndexOf('?', StringComparison.Ordinal);
        var path = queryStart < 0 ? target : target[..queryStart];
        var query = queryStart < 0 ? string.Empty : target[(queryStart + 1)..];

        var headers = lines.Skip(1)
            .Where(line => line.Length > 0)
            .Select(line => new KeyValuePair<string, string>(
                line[..line.IndexOf(':', StringComparison.Ordinal)], line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]))
            .ToList();

        return new SigV4Vector(string.Empty, method, path, query, headers, Encoding.UTF8.GetBytes(body), null, string.Empty, null, null);
    }

    // Found from the build output upwards, so the vectors stay where the README describes them.
    private static string VectorsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "tests", "Infrastructure.IntegrationTests", "Aws", "SigV4", "Vectors");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new DirectoryNotFoundException("SigV4 test vectors not found above " + AppContext.BaseDirectory);
    }
}
