namespace CleanStudents.Application.Common.Results;

/// <summary>Every expected way a use case can fail; the web layer maps each to one HTTP status.</summary>
public enum ErrorKind
{
    Validation,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    PreconditionFailed,
}
