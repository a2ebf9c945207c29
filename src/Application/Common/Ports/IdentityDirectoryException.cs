namespace CleanStudents.Application.Common.Ports;

/// <summary>
/// The identity directory could not complete an operation (Cognito refused, throttled past the retries, timed out
/// or was unreachable). The inner exception says which; the operation is safe to repeat. Messages never name the
/// person (no email).
/// </summary>
public sealed class IdentityDirectoryException(string message, Exception innerException)
    : Exception(message, innerException);
