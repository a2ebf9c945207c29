namespace CleanStudents.Deployment.Tests.Support;

/// <summary>The rules of the uploaded files' bucket (issue 18).</summary>
public static partial class Policy
{
    private static readonly string[] PresignableObjectActions = ["s3:PutObject", "s3:PutObjectTagging", "s3:GetObject", "s3:DeleteObject"];

    /// <summary>The prefixes the app chooses keys under (StoredFile's owners): every object action is needed on each.</summary>
    private static readonly string[] KeyPrefixes = ["avatars", "materials"];

    public static IReadOnlyList<string> FilesBucket(Dictionary<string, object?> api)
    {
        var v = new List<string>();
        var buckets = OfType(api, "AWS::S3::Bucket").ToList();
        if (buckets.Count != 1)
        {
            return [$"api: exactly one files bucket expected, found {buckets.Count}"];
        }

        var (bucket, props) = buckets[0];
        if (!IsPrivate(props))
        {
            v.Add($"api {bucket}: private (public access blocked, encrypted, owner-enforced)");
        }

        var rules = AsList(Path(props, "LifecycleConfiguration", "Rules")).OfType<Dictionary<string, object?>>()
            .Where(r => Equals(r.GetValueOrDefault("Status"), "Enabled")).ToList();
        if (!rules.Any(r => IsOneDay(Path(r, "AbortIncompleteMultipartUpload", "DaysAfterInitiation"))))
        {
            v.Add($"api {bucket}: a lifecycle rule aborts incomplete uploads after a day");
        }

        if (!rules.Any(ExpiresPendingAfterADay))
        {
            v.Add($"api {bucket}: a lifecycle rule expires objects tagged status=pending (never confirmed) after a day");
        }

        var cors = AsList(Path(props, "CorsConfiguration", "CorsRules")).OfType<Dictionary<string, object?>>().ToList();
        if (cors.Count == 0 || !cors.All(r => RefName(r.GetValueOrDefault("AllowedOrigins")) == "CorsAllowedOrigins"))
        {
            v.Add($"api {bucket}: CORS only for the frontends' origins (CorsAllowedOrigins)");
        }

        var policy = OfType(api, "AWS::S3::BucketPolicy").FirstOrDefault(p => RefName(p.Props.GetValueOrDefault("Bucket")) == bucket).Props;
        if (!DeniesInsecureTransport(AsList(Path(policy, "PolicyDocument", "Statement")).OfType<Dictionary<string, object?>>()))
        {
            v.Add($"api {bucket}: the bucket refuses requests without TLS");
        }

        var s3 = StatementsOf(Props(api, "FunctionRole"))
            .Where(s => AsList(s.GetValueOrDefault("Action")).OfType<string>().Any(a => a.StartsWith("s3:", StringComparison.Ordinal)))
            .ToList();
        if (s3.Count == 0)
        {
            v.Add($"api FunctionRole: may put objects into {bucket} (a presigned form acts with its signer's rights)");
        }

        if (!s3.Any(s => AsList(s.GetValueOrDefault("Action")).Contains("s3:PutObjectTagging")))
        {
            v.Add($"api FunctionRole: may tag objects (the forms tag them pending, the upload consumer retags them available)");
        }

        foreach (var prefix in KeyPrefixes)
        {
            var granted = s3.Where(s => AsList(s.GetValueOrDefault("Resource")).Any(r => IsObjectPrefixOf(r, bucket, prefix)))
                .SelectMany(s => AsList(s.GetValueOrDefault("Action")).OfType<string>()).ToHashSet(StringComparer.Ordinal);
            if (!PresignableObjectActions.All(granted.Contains))
            {
                v.Add($"api FunctionRole: may {string.Join(", ", PresignableObjectActions)} on {prefix}/* (the app's keys of that owner)");
            }
        }

        foreach (var statement in s3)
        {
            if (!AsList(statement.GetValueOrDefault("Action")).OfType<string>().All(PresignableObjectActions.Contains)
                || !AsList(statement.GetValueOrDefault("Resource")).All(r => IsObjectPrefixOf(r, bucket)))
            {
                v.Add($"api FunctionRole {statement.GetValueOrDefault("Sid")}: only object actions on a prefix of {bucket}, nothing bucket-wide");
            }
        }

        foreach (var (name, function) in OfType(api, "AWS::Lambda::Function"))
        {
            var env = Path(function, "Environment", "Variables") as Dictionary<string, object?> ?? [];
            if (RefName(env.GetValueOrDefault("Files__Bucket")) != bucket)
            {
                v.Add($"api {name}: environment Files__Bucket is the files bucket ({bucket})");
            }
        }

        return v;
    }

    /// <summary><c>!Sub "${Bucket.Arn}/prefix/*"</c> with a non-empty prefix.</summary>
    private static bool IsObjectPrefixOf(object? resource, string bucket) =>
        Path(resource as Dictionary<string, object?>, "Fn::Sub") is string sub
        && sub.StartsWith("${" + bucket + ".Arn}/", StringComparison.Ordinal)
        && sub.EndsWith("/*", StringComparison.Ordinal)
        && sub.Length > ("${" + bucket + ".Arn}//*").Length;

    private static bool IsObjectPrefixOf(object? resource, string bucket, string prefix) =>
        Path(resource as Dictionary<string, object?>, "Fn::Sub") is string sub
        && string.Equals(sub, "${" + bucket + ".Arn}/" + prefix + "/*", StringComparison.Ordinal);

    /// <summary>An expiration after one day of the objects tagged <c>status=pending</c>, and of nothing else.</summary>
    private static bool ExpiresPendingAfterADay(Dictionary<string, object?> rule) =>
        IsOneDay(rule.GetValueOrDefault("ExpirationInDays"))
        && AsList(rule.GetValueOrDefault("TagFilters")).OfType<Dictionary<string, object?>>().ToList() is [var tag]
        && Equals(tag.GetValueOrDefault("Key"), "status") && Equals(tag.GetValueOrDefault("Value"), "pending")
        && rule.GetValueOrDefault("Prefix") is null;

    private static bool IsOneDay(object? days) => days?.ToString() == "1";
}
