using System.Text.Json;

namespace CleanStudents.Deployment.Tests.Support;

/// <summary>The web console's rules: a private bucket that only the distribution reads.</summary>
public static partial class Policy
{
    // Managed cache policy that caches nothing (every API answer is per user).
    private const string CachingDisabled = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";

    private static readonly string[] PublicAccessBlocks = ["BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets"];

    public static IReadOnlyList<string> Console(Dictionary<string, object?> edge)
    {
        var v = new List<string>();
        var buckets = OfType(edge, "AWS::S3::Bucket").Where(b => IsPrivate(b.Props)).Select(b => b.Name).ToList();
        if (buckets.Count == 0)
        {
            v.Add("console: a private bucket (public access blocked, encrypted, owner-enforced)");
        }

        foreach (var (name, props) in OfType(edge, "AWS::CloudFront::Distribution"))
        {
            var config = Path(props, "DistributionConfig") as Dictionary<string, object?>;
            var origins = AsList(config?.GetValueOrDefault("Origins")).OfType<Dictionary<string, object?>>().ToList();
            var bucketOrigin = origins.FirstOrDefault(o => buckets.Any(b => Mentions(o.GetValueOrDefault("DomainName"), b)));
            if (bucketOrigin is null || !bucketOrigin.ContainsKey("OriginAccessControlId")
                || Path(bucketOrigin, "S3OriginConfig", "OriginAccessIdentity") as string != "")
            {
                v.Add($"console {name}: the bucket is an origin read through origin access control (no legacy identity)");
                continue;
            }

            var apiOrigins = origins.Where(o => o.ContainsKey("CustomOriginConfig")).Select(o => o.GetValueOrDefault("Id") as string).ToHashSet();
            var api = AsList(config?.GetValueOrDefault("CacheBehaviors")).OfType<Dictionary<string, object?>>()
                .FirstOrDefault(b => b.GetValueOrDefault("PathPattern") as string == "/api/*");
            if (api is null || !apiOrigins.Contains(api.GetValueOrDefault("TargetOriginId") as string)
                || api.GetValueOrDefault("CachePolicyId") as string != CachingDisabled)
            {
                v.Add($"console {name}: /api/* goes to the API origin, uncached");
            }

            var fallback = Path(config, "DefaultCacheBehavior") as Dictionary<string, object?>;
            var routed = AsList(fallback?.GetValueOrDefault("FunctionAssociations")).OfType<Dictionary<string, object?>>()
                .Any(f => f.GetValueOrDefault("EventType") as string == "viewer-request");
            if (fallback?.GetValueOrDefault("TargetOriginId") as string != bucketOrigin.GetValueOrDefault("Id") as string || !routed)
            {
                v.Add($"console {name}: everything else goes to the bucket, app routes rewritten to index.html at viewer request");
            }
        }

        foreach (var (name, props) in OfType(edge, "AWS::CloudFront::OriginAccessControl"))
        {
            var oac = Path(props, "OriginAccessControlConfig") as Dictionary<string, object?>;
            if (oac?.GetValueOrDefault("OriginAccessControlOriginType") as string != "s3"
                || oac.GetValueOrDefault("SigningBehavior") as string != "always"
                || oac.GetValueOrDefault("SigningProtocol") as string != "sigv4")
            {
                v.Add($"console {name}: origin access control signs every request to S3 with SigV4");
            }
        }

        v.AddRange(buckets.SelectMany(b => BucketPolicyViolations(edge, b)));
        return v;
    }

    private static bool IsPrivate(Dictionary<string, object?> bucket)
    {
        var block = Path(bucket, "PublicAccessBlockConfiguration") as Dictionary<string, object?>;
        var blocked = PublicAccessBlocks.All(k => block?.GetValueOrDefault(k) as string == "true");
        var owner = AsList(Path(bucket, "OwnershipControls", "Rules")).OfType<Dictionary<string, object?>>()
            .Any(r => r.GetValueOrDefault("ObjectOwnership") as string == "BucketOwnerEnforced");
        return blocked && owner && bucket.ContainsKey("BucketEncryption");
    }

    /// <summary>Only CloudFront, only GetObject, only for a distribution of this template; TLS only.</summary>
    private static IEnumerable<string> BucketPolicyViolations(Dictionary<string, object?> edge, string bucket)
    {
        var policy = OfType(edge, "AWS::S3::BucketPolicy").FirstOrDefault(p => RefName(p.Props.GetValueOrDefault("Bucket")) == bucket).Props;
        var statements = AsList(Path(policy, "PolicyDocument", "Statement")).OfType<Dictionary<string, object?>>().ToList();
        var distributions = OfType(edge, "AWS::CloudFront::Distribution").Select(d => d.Name).ToList();
        var allows = statements.Where(s => s.GetValueOrDefault("Effect") as string == "Allow").ToList();
        var onlyTheDistribution = allows.Count > 0 && allows.All(s =>
            Path(s, "Principal", "Service") as string == "cloudfront.amazonaws.com"
            && AsList(s.GetValueOrDefault("Action")).SequenceEqual(["s3:GetObject"])
            && Path(s, "Condition", "StringEquals", "AWS:SourceArn") is { } arn
            && distributions.Any(d => Mentions(arn, "distribution/${" + d + "}")));
        if (!onlyTheDistribution)
        {
            yield return $"console {bucket}: only this distribution may read the bucket (s3:GetObject, AWS:SourceArn)";
        }

        if (!DeniesInsecureTransport(statements))
        {
            yield return $"console {bucket}: the bucket refuses requests without TLS";
        }
    }

    private static bool Mentions(object? value, string text) =>
        JsonSerializer.Serialize(value).Contains(text, StringComparison.Ordinal);
}
