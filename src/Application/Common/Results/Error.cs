using CleanStudents.Domain.Common;

namespace CleanStudents.Application.Common.Results;

/// <summary>An expected failure of a use case, carried as a value instead of an exception.</summary>
/// <param name="Fields">For validation failures: the request member's path (<c>FirstName</c>, <c>Target.Id</c>) → messages; the wire names it its own way.</param>
public sealed record Error(ErrorKind Kind, string Title, string Detail,
    IReadOnlyDictionary<string, string[]>? Fields = null)
{
    public static Error Validation(IReadOnlyDictionary<string, string[]> fields) =>
        new(ErrorKind.Validation, "Validation failed", "One or more fields are invalid.", fields);

    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    public static Error NotFound(string resource, object id) =>
        new(ErrorKind.NotFound, "Not found", $"{resource} '{id}' does not exist.");

    public static Error Conflict(string detail) => new(ErrorKind.Conflict, "Conflict", detail);

    /// <summary>
    /// The one place a broken domain rule becomes an error, by its kind (docs/API.md): a value the domain
    /// cannot hold is a validation failure on its field (400), a refusal by the current state a conflict (409).
    /// </summary>
    public static Error Of(RuleViolation violation) => violation.Kind switch
    {
        RuleViolationKind.InvalidValue => Validation(violation.Field ?? nameof(RuleViolation), violation.Message),
        RuleViolationKind.StateConflict => Conflict(violation.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(violation), violation.Kind, "A rule violation of no known kind."),
    };

    public static Error Unauthorized() =>
        new(ErrorKind.Unauthorized, "Unauthorized", "A valid access token is required.");

    public static Error Forbidden(string detail = "You are not allowed to do this.") =>
        new(ErrorKind.Forbidden, "Forbidden", detail);

    public static Error PreconditionFailed(string resource) =>
        new(ErrorKind.PreconditionFailed, "Precondition failed",
            $"The {resource} was changed by someone else. Fetch it again and retry with the new ETag.");
}
