namespace CleanStudents.Infrastructure.Identity;

/// <summary>
/// The identity directory could not complete an operation (Cognito refused, throttled past the retries, timed out
/// or was unreachable). The inner exception says which; the operation is safe to repeat.
/// </summary>
internal sealed class IdentityDirectoryException(string message, Exception innerException)
    : Exception(message, innerException);
