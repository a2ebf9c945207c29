namespace CleanStudents.Infrastructure.Aws;

/// <summary>The AWS error codes this code base reacts to.</summary>
internal static class AwsErrorCodes
{
    public const string ResourceNotFound = "ResourceNotFoundException";
    public const string UsernameExists = "UsernameExistsException";
    public const string Throttling = "ThrottlingException";
    public const string TooManyRequests = "TooManyRequestsException";
}
