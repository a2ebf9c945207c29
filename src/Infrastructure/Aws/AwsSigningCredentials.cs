namespace CleanStudents.Infrastructure.Aws;

/// <summary>The key material one request is signed with.</summary>
internal sealed record AwsSigningCredentials(string AccessKeyId, string SecretAccessKey, string? SessionToken = null)
{
    // Never print the secret: records generate ToString from all members.
    public override string ToString() => $"AwsSigningCredentials {{ AccessKeyId = {AccessKeyId} }}";
}
