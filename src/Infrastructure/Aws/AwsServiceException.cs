using System.Net;

namespace CleanStudents.Infrastructure.Aws;

/// <summary>An error answer from an AWS service (or an emulator), with the service's own error code.</summary>
internal sealed class AwsServiceException(string errorCode, HttpStatusCode statusCode, string message)
    : Exception($"{errorCode} ({(int)statusCode}): {message}")
{
    /// <summary>The short code, e.g. <c>ResourceNotFoundException</c> (namespace prefixes removed).</summary>
    public string ErrorCode { get; } = errorCode;

    public HttpStatusCode StatusCode { get; } = statusCode;

    /// <summary>The service's own message, without the code prefix.</summary>
    public string ServiceMessage { get; } = message;

    public bool IsResourceNotFound => ErrorCode == AwsErrorCodes.ResourceNotFound;

    public bool IsUsernameExists => ErrorCode == AwsErrorCodes.UsernameExists;

    /// <summary>Throttling (AWS sends it as 400 with a code) and server-side failures are worth another try.</summary>
    public bool IsRetryable =>
        StatusCode == HttpStatusCode.TooManyRequests
        || (int)StatusCode >= 500
        || ErrorCode is AwsErrorCodes.Throttling or AwsErrorCodes.TooManyRequests;
}
